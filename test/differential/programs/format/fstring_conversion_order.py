# f-string evaluation order of expressions and __str__/__repr__/__format__ calls.
log = []
class T:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        log.append('repr' + str(self.n)); return f'T({self.n})'
    def __str__(self):
        log.append('str' + str(self.n)); return f't{self.n}'
    def __format__(self, spec):
        log.append('format' + str(self.n)); return f'F{self.n}{spec}'
def mk(n):
    log.append('mk' + str(n)); return T(n)
print(f'{mk(1)} {mk(2)!r} {mk(3)!s} {mk(4):spec}')
print(log)
