# C3 method resolution order in diamond and more complex hierarchies.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in Z.mro()])
