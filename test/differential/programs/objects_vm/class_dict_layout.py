# What a class statement leaves in the class's __dict__, in order: the namespace,
# slot members, then __dict__ and __weakref__ when the class adds them, then __doc__;
# and the __slots__ combinations CPython refuses.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class A:
    x = 1

    def f(self):
        pass


print(list(A.__dict__))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'], A().__weakref__)


class B(A):
    y = 2


print(list(B.__dict__))


class S:
    __slots__ = ('a', '__weakref__')


print(list(S.__dict__))


class T(S):
    pass


print(list(T.__dict__))


class E(Exception):
    pass


print(list(E.__dict__))


class I(int):
    pass


print(list(I.__dict__))


class W(set):
    pass


print(list(W.__dict__))


class Tu(tuple):
    pass


print(list(Tu.__dict__))


class Meta(type):
    pass


print(list(Meta.__dict__))


class Empty:
    __slots__ = ()


print(list(Empty.__dict__), hasattr(Empty(), '__dict__'))
X = type('X', (), {'a': 1})
print(list(X.__dict__))
Y = type('Y', (), {'__doc__': 'd', 'b': 2, '__slots__': ['c', '__dict__']})
print(list(Y.__dict__), Y.__dict__['__slots__'])


class Z:
    'doc'
    __qualname__ = 'Renamed'

    def f(self):
        return super()


print(list(Z.__dict__), Z.__qualname__)


class R7(int):
    __slots__ = ()


print(list(R7.__dict__))


def define(bases, slots):
    return type('R', bases, {'__slots__': slots})


attempt('dict twice', lambda: define((Z,), ('__dict__',)))
attempt('weakref twice', lambda: define((Z,), ('__weakref__',)))
attempt('weakref on int', lambda: define((int,), ('__weakref__',)))
attempt('slots on int', lambda: define((int,), ('a',)))
attempt('dict dict', lambda: define((), ('__dict__', '__dict__')))
attempt('duplicate names', lambda: list(define((), ('a', 'a')).__dict__))
attempt('layout conflict', lambda: type('L', (S, Y), {}))


class Eq:
    def __eq__(self, other):
        return True


class EqChild(Eq):
    pass


class EqHash:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


print(Eq.__hash__, '__hash__' in EqChild.__dict__, EqChild.__hash__, hash(EqHash()))
attempt('hash eq', lambda: hash(Eq()))
