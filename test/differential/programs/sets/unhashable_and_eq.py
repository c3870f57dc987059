# Set membership uses __hash__ and __eq__; unhashable elements raise TypeError.
class H:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
s = {H(1), H(1), H(2)}
print(len(s), H(2) in s, H(3) in s)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1]) < [1]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == frozenset({1, 2}), {1} in [{1}])
