# Reflected comparisons: a < b tries b > a when a's method returns NotImplemented.
class A:
    def __lt__(self, other):
        print('A.__lt__')
        return NotImplemented
class B:
    def __gt__(self, other):
        print('B.__gt__')
        return 'B says yes'
    def __eq__(self, other):
        print('B.__eq__')
        return NotImplemented
print(A() < B())
print(B() == B())
print(A() == A())
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)
