# % formatting calls __str__/__repr__ and __int__/__index__/__float__ conversions.
class V:
    def __str__(self):
        return 'Vstr'
    def __repr__(self):
        return 'Vrepr'
    def __index__(self):
        return 9
    def __float__(self):
        return 2.5
v = V()
print('%s %r %a' % (v, v, v))
print('%d %x %o' % (v, v, v))
print('%f %.1e' % (v, v))
print('%s' % 'é', '%a' % 'é', '%5s|%-5s|' % ('ab', 'cd'), '%.2s' % 'abcdef')
