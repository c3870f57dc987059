# Assigning a class's __bases__: CPython's checks, and the MROs recomputed down the hierarchy.
class A: pass
class B: pass
class C(A): pass


def attempt(change):
    try:
        change()
        print('ok', C.__mro__)
    except TypeError as e:
        print('TypeError', e)


attempt(lambda: setattr(C, '__bases__', (B,)))
attempt(lambda: setattr(C, '__bases__', [B]))
attempt(lambda: setattr(C, '__bases__', ()))
attempt(lambda: setattr(C, '__bases__', (1,)))
attempt(lambda: delattr(C, '__bases__'))
class D(C): pass
attempt(lambda: setattr(C, '__bases__', (D,)))
attempt(lambda: setattr(C, '__bases__', (int,)))
attempt(lambda: setattr(int, '__bases__', (object,)))
attempt(lambda: setattr(C, '__bases__', (A, A)))
print(D.__mro__, B.__subclasses__(), A.__subclasses__())
attempt(lambda: setattr(C, '__bases__', (A, B)))
print(D.__mro__, isinstance(D(), A), issubclass(D, B))
class X(A, B): pass
class Y(B, A): pass
attempt(lambda: setattr(C, '__bases__', (X, Y)))
print(C.__mro__, D.__mro__)


class Greeter:
    def hello(self):
        return 'hello from Greeter'


class Other:
    def hello(self):
        return 'hello from Other'


class Child(Greeter): pass


child = Child()
print(child.hello())
Child.__bases__ = (Other,)
print(child.hello(), Child.__base__.__name__)
