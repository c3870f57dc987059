# super() with explicit arguments and in classmethods.
class A:
    def f(self):
        return 'A.f'
    @classmethod
    def make(cls):
        return 'A.make for ' + cls.__name__
class B(A):
    def f(self):
        return 'B.f+' + super(B, self).f()
    @classmethod
    def make(cls):
        return 'B.make/' + super().make()
class C(B):
    def f(self):
        return 'C.f skips B: ' + super(B, self).f()
print(B().f(), C().f(), C.make(), super(C, C()).f())
