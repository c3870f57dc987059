# + * % on bytes and bytearray, comparisons across the two, hashing, iteration and their errors.
def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)

b = b'ab'
ba = bytearray(b'cd')
print(b + ba, ba + b, b + memoryview(b'!'), ba + memoryview(b'?'), type(b + ba).__name__, type(ba + b).__name__)
print(b * 3, 3 * b, b * 0, b * -2, ba * 2, 2 * ba, type(2 * ba).__name__, b * True)
print(b'%d-%s-%r' % (7, b'x', b'y'), bytearray(b'%05.1f|%x') % (2.25, 255), b'%c%c' % (65, b'B'), b'100%%' % ())
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 3}, b'%-5b|' % b'l', b'%a' % 'é€', b'%s' % memoryview(b'mv'))
attempt('concat int', lambda: b + 1)
attempt('concat str', lambda: b + 'x')
attempt('concat list', lambda: ba + [1])
attempt('radd', lambda: 'x' + b)
attempt('view first', lambda: memoryview(b'x') + b)
attempt('mul float', lambda: b * 1.5)
attempt('mul bytes', lambda: b * b)
attempt('mul huge', lambda: b * (2 ** 80))
attempt('mod str arg', lambda: b'%s' % 'text')
attempt('mod missing', lambda: b'%s %s' % (b'one',))
attempt('mod extra', lambda: b'%s' % (b'a', b'b'))
attempt('mod int', lambda: b'%d' % b'x')
attempt('rmod', lambda: 5 % b)

class Right:
    def __radd__(self, other):
        return ('radd', other)
    def __rmul__(self, other):
        return ('rmul', other)

print(b + Right(), ba * Right())

pairs = [(b'abc', b'abd'), (b'ab', b'abc'), (b'', b''), (b'\xff', b'\x00'), (b'b', b'abc')]
for x, y in pairs:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y, bytearray(x) < y, x < bytearray(y), bytearray(x) == bytearray(y))
print(b'a' == bytearray(b'a'), bytearray(b'a') == memoryview(b'a'), b'a' == 'a', bytearray(b'a') != 'a', b'a' == 97)
attempt('lt str', lambda: b'a' < 'a')
attempt('lt int', lambda: bytearray(b'a') < 1)
print(sorted([b'pear', b'apple', b'fig', b'', b'apples']), max(b'zebra'), min(bytearray(b'zebra')))
print(hash(b'') == 0, hash(b'key') == hash(b'key'), {b'k': 1, b'j': 2}[b'k'], len({b'a', b'a', b'b'}))
print(list(b'hi'), list(bytearray(b'hi')), [x for x in memoryview(b'hi')], list(reversed(b'abc')), sum(b'\x01\x02\x03'))
it = iter(b'xyz')
print(type(it).__name__, next(it), it.__length_hint__(), list(it), type(iter(ba)).__name__)
print(len(b), len(ba), bool(b''), bool(bytearray()), bool(b'\x00'), b[0], b[-1], ba[1], b[::-1], ba[::2], b[5:], b[-100:1])
attempt('index range', lambda: b[2])
attempt('index type', lambda: b[1.0])
attempt('bytearray index', lambda: ba[-3])
attempt('bytearray key', lambda: ba['0'])
attempt('item assign', lambda: b.__setitem__(0, 1))
print(str(b'x'), str(bytearray(b"'")), repr(bytearray(b'"\'')), format(b'fmt'), f'{b"ab"}', b.__getnewargs__(), bytes.__bytes__(b'q'))
print(b''.__sizeof__(), b'abc'.__sizeof__(), (b'z' * 50).__sizeof__())
