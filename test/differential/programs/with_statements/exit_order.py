# Nested with statements exit in reverse order; parenthesized multi-item with.
class L:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self
    def __exit__(self, *a):
        print('exit', self.n)
with (L(1) as a,
      L(2) as b):
    with L(3):
        print('inner', a.n, b.n)
try:
    with L(4), L(5):
        raise RuntimeError('boom')
except RuntimeError:
    print('caught')
