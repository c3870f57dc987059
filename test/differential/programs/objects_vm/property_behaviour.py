# property: accessors, docs (taken from the getter, kept in a subclass instance's
# __dict__), copies made by getter/setter/deleter, __set_name__ in error messages.

def t(f):
    try:
        r = f()
        print('ok', repr(r).split(' at 0x')[0])
    except Exception as e:
        print(type(e).__name__, e)
class A:
    @property
    def x(self):
        "x doc"
        return 1
    y = property()
    def gz(self): return 'z'
    z = property(gz, doc='zdoc')
a = A()
t(lambda: a.x)
t(lambda: setattr(a, 'x', 2))
t(lambda: delattr(a, 'x'))
t(lambda: a.y)
t(lambda: setattr(a, 'y', 2))
p = property()
A.w = p
t(lambda: a.w)
t(lambda: setattr(a, 'w', 1))
t(lambda: A.x.__doc__)
t(lambda: A.z.__doc__)
t(lambda: A.y.__doc__)
t(lambda: (A.x.fget, A.x.fset, A.x.fdel))
t(lambda: setattr(A.x, 'fget', None))
t(lambda: A.x.__isabstractmethod__)
t(lambda: property.__isabstractmethod__)
t(lambda: property(1, 2, 3, 4).fdel)
t(lambda: property(fget=1, fset=None).fget)
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(bad=1))
t(lambda: A.x.__get__(None, A) is A.x)
t(lambda: A.x.__get__(a))
t(lambda: A.x.__get__())
t(lambda: A.x.__set__(a, 1))
t(lambda: A.x.__set_name__(A, 'q'))
t(lambda: a.x)
t(lambda: A.x.__set__(a, 1))
t(lambda: A.x.getter(None))
class B:
    def _get(self): return self._v
    v = property(_get)
    @v.setter
    def v(self, val): self._v = val
    @v.deleter
    def v(self): del self._v
b = B()
b.v = 3
print(b.v)
del b.v
t(lambda: b.v)
t(lambda: B.v.setter(1).fset)
class P(property):
    "P doc"
class C:
    @P
    def q(self):
        "q doc"
        return 5
c = C()
print(c.q, type(C.q), C.q.__doc__, C.q.__dict__)
class D:
    @P
    def q(self):
        return 5
print(D.q.__doc__, D.q.__dict__)
class E:
    q = P(lambda self: 1, doc='given')
print(E.q.__doc__, E.q.__dict__)
s = property.__new__(property)
t(lambda: s.fget)
t(lambda: property.__repr__(A.x)[:18])
def abstract(f):
    f.__isabstractmethod__ = True
    return f
class F:
    @property
    @abstract
    def m(self): pass
t(lambda: F.m.__isabstractmethod__)
class G:
    x = property(lambda self: 1)
G.x.__doc__ = 'set'
print(G.x.__doc__)
class H:
    @property
    def x(self):
        "getter doc"
    @x.setter
    def x(self, v):
        "setter doc"
print(H.x.__doc__)
g = property(lambda s: 1, doc='D')
print(g.getter(lambda s: 2).__doc__)

class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = 0

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)


temp = Temperature()
temp.celsius = 100
print(temp.celsius, temp.fahrenheit, Temperature.celsius.__doc__)
del temp.celsius
print(temp.celsius)
t(lambda: setattr(temp, 'celsius', -300))
t(lambda: setattr(temp, 'fahrenheit', 1))
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset.__name__, Temperature.celsius.fdel.__name__)


class Chain:
    first = property(lambda self: 'first')
    second = first.getter(lambda self: 'second')


print(Chain().first, Chain().second, Chain.first is Chain.second)


class Logged(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print('Logged get')
        return super().__get__(obj, objtype)


class UsesLogged:
    @Logged
    def value(self):
        return 7

    @value.setter
    def value(self, v):
        print('set', v)


u = UsesLogged()
print(u.value, type(UsesLogged.value).__name__)
u.value = 3
print(isinstance(UsesLogged.value, property))
