# What type_new, type_set_bases and friends check: tp_flags bits, sizes, slot order,
# __class__ assignment, custom mro() results, and the special type attributes.
import abc
import collections
import inspect
import pickle


def attempt(label, action):
    try:
        result = action()
        print(label, 'ok', result if result is not None else '')
    except (TypeError, ValueError, AttributeError) as error:
        print(label, type(error).__name__, error)


# __flags__: the heap-type and abstract bits, and what copyreg and inspect read from them.
class Plain:
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


print([bool(t.__flags__ & (1 << 9)) for t in (Plain, int, tuple)], inspect.isabstract(Abstract), inspect.isabstract(Plain))
print(bool(bool.__flags__ & (1 << 24)), bool(Plain.__flags__ & (1 << 10)), bool(bool.__flags__ & (1 << 10)))
Point = collections.namedtuple('Point', 'x y')
print([pickle.loads(pickle.dumps(Point(1, 2), protocol)) for protocol in range(3)])
print(object.__basicsize__, tuple.__itemsize__, int.__basicsize__)


class TwoSlots:
    __slots__ = ('b', 'a')


print(list(TwoSlots.__dict__)[:4], TwoSlots.__basicsize__, Plain.__basicsize__)


# __class__ assignment between classes adding the same slots in another order.
class G:
    __slots__ = ['a', 'b']


class H:
    __slots__ = ['b', 'a']


class K:
    __slots__ = ['a', 'b', 'c']


g = G()
g.a = 1
g.__class__ = H
print(type(g).__name__, g.a)
attempt('K layout', lambda: setattr(g, '__class__', K))


# A metaclass's mro() must return classes with a compatible layout.
class DictMro(type):
    def mro(cls):
        return [cls, dict, object]


attempt('mro layout', lambda: DictMro('X', (), {}))
attempt('duplicate base', lambda: type('Y', (Plain, Plain), {}))
attempt('bool base', lambda: type('Z', (bool,), {}))
attempt('NoneType bases', lambda: setattr(Plain, '__bases__', (type(None),)))


# mro() runs once the namespace is in place and __class__ set, with no __mro__ yet.
class Inspecting(type):
    def mro(cls):
        print('mro sees', cls.__mro__, sorted(k for k in cls.__dict__ if not k.startswith('__')))
        cls.__dict__['hook']()
        return super().mro()


seen = []


class Inspected(metaclass=Inspecting):
    def hook():
        seen.append(__class__)


print(seen == [Inspected])


# object.__setattr__ cannot skip type.__setattr__ (or another built-in override).
attempt('setattr on str', lambda: object.__setattr__(str, 'spam', 1))
attempt('delattr on str', lambda: object.__delattr__(str, 'lower'))


class Meta(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)


class Mixin:
    pass


class Combined(Mixin, Meta):
    pass


attempt('setattr skipping type', lambda: setattr(Combined('D', (), {}), 'x', 1))

# Special attributes: str subclasses as names, no null characters, no deleting.


class Name(str):
    pass


Plain.__name__ = Name('Renamed')
print(Plain.__name__, Plain.__name__ == 'Renamed')
attempt('null in name', lambda: setattr(Plain, '__name__', 'a\0b'))
for special in ('__name__', '__qualname__', '__module__', '__doc__', '__bases__', '__abstractmethods__', '__annotations__'):
    attempt('del ' + special, lambda: delattr(Plain, special))
attempt('set int doc', lambda: setattr(int, '__doc__', 'x'))


# __new__ may be any descriptor: a classmethod is bound to the class.
class Factory:
    @classmethod
    def __new__(*args):
        return args


print(Factory(1, 2))


# Reassigning __bases__ from inside mro() does not undo itself.
class Reentrant(type):
    ready = False

    def mro(cls):
        if Reentrant.ready and cls.__name__ == 'C':
            Reentrant.ready = False
            C.__bases__ = (B2,)
        return type.mro(cls)


class A(metaclass=Reentrant):
    pass


class B1(A):
    pass


class B2(A):
    pass


class C(A):
    pass


Reentrant.ready = True
C.__bases__ = (B1,)
print([k.__name__ for k in C.__bases__], B1.__subclasses__(), [k.__name__ for k in B2.__subclasses__()])


# A custom mro() leaving the class out of its MRO fails in __init_subclass__'s super().
class Vanishing(type):
    def mro(cls):
        return (Plain,)


attempt('vanishing class', lambda: Vanishing('V', (), {}))
