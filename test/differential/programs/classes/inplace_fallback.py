# Without __iadd__, += falls back to __add__ and rebinds the name.
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('__add__')
        return N(self.v + o)
class M(N):
    def __iadd__(self, o):
        print('__iadd__ returns NotImplemented')
        return NotImplemented
a = N(1)
orig = a
a += 5
print(a.v, a is orig)
m = M(1)
m += 2
print(m.v, type(m).__name__)
