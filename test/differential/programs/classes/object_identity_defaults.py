# Default __eq__ is identity; default __ne__ inverts __eq__; default __hash__ consistent.
class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a != a, hash(a) == hash(a))
class E:
    def __eq__(self, o):
        return 'custom'
print(E() == 1, E() != 1)
class N:
    def __ne__(self, o):
        return 'ne only'
print(N() != 1, N() == N())
