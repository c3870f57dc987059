# Arithmetic operator overloading with reflected and in-place variants.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x}, {self.y})'
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
a = V(1, 2)
b = a
a += V(10, 10)
print(a, b is a, a + V(1, 1), 3 * a, a * 2, -a, abs(V(3, 4)))
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' * a
except TypeError as e:
    print(type(e).__name__, e)
