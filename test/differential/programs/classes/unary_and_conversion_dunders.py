# __neg__, __pos__, __invert__, __abs__, __int__, __float__, __complex__, __round__.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v)
    def __invert__(self): return Num(~int(self.v))
    def __abs__(self): return Num(abs(self.v))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return f'round({n})'
    def __repr__(self): return f'Num({self.v})'
n = Num(-2.5)
print(-n, +n, ~n, abs(n), int(n), float(n), complex(n), round(n), round(n, 2))
try:
    ~Num.__new__(type('X', (), {}))
except TypeError as e:
    print(type(e).__name__, e)
