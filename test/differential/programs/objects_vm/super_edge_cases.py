# super() corners: properties and metaclass attributes through super, super subclasses,
# super on built-in types, and cells/methods made from their types.
def t(f):
    try:
        r = f()
        print('ok', repr(r).split(' at 0x')[0])
    except Exception as e:
        print(type(e).__name__, e)
class A:
    x = property(lambda self: 'A.x')
    def __getattr__(self, n): return 'getattr ' + n
class B(A):
    def m(self):
        return super().x, super().__class__, super().missing if False else None
    def setx(self):
        super().x = 1
t(lambda: B().m())
t(lambda: B().setx())
t(lambda: super(B, B()).__getattribute__('x'))
t(lambda: dir(super(B, B()))[:3])
t(lambda: super(B, B()).__repr__())
class M(type):
    def meth(cls): return 'M.meth'
class C(metaclass=M): pass
class D(C):
    @classmethod
    def go(cls): return super().meth
t(lambda: D.go())
t(lambda: super(int, 5).__add__(1))
t(lambda: super(bool, True).__repr__())
t(lambda: super(object, 1).__repr__)
class S(super): pass
class E(A):
    def m(self): return S(E, self).x
t(lambda: E().m())
t(lambda: type(S(E, E())).__name__)
f = lambda: 0
t(lambda: f.__repr__())
t(lambda: type(f).__repr__(f))
t(lambda: (lambda x, y=1: x).__defaults__)
import types
t(lambda: types.FunctionType(f.__code__, {})())
t(lambda: types.FunctionType(f.__code__, {}, 'named').__name__)
t(lambda: types.CellType(5).cell_contents)
t(lambda: types.CellType().cell_contents)
t(lambda: types.MethodType(f, 1)())
