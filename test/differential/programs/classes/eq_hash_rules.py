# Defining __eq__ without __hash__ makes instances unhashable.
class A:
    def __eq__(self, o):
        return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print(type(e).__name__, e)
class B(A):
    __hash__ = object.__hash__
print(hash(B()) is not None)
class C:
    pass
c = C()
print(c == c, c != C(), hash(c) == hash(c))
class D:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
print(len({D(1), D(1), D(2)}), D(3) in {D(3)})
