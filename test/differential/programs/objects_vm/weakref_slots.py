# Which objects take weak references (a __weakref__ slot, or a built-in type keeping
# them), and __weakref__ reading the first one.
import weakref
from dataclasses import dataclass

for base in (int, str, tuple, bytes, list, dict, float, complex, set, object, bytearray, frozenset):
    class Open(base):
        pass

    class Closed(base):
        __slots__ = ()

    outcome = []
    for make in (Open, Closed, base):
        try:
            weakref.ref(make())
            outcome.append('yes')
        except TypeError as error:
            outcome.append('no')
    print(base.__name__, outcome)


class Target:
    pass


target = Target()
print(target.__weakref__)
with_callback = weakref.ref(target, lambda ref: None)
print(target.__weakref__ is with_callback)
plain = weakref.ref(target)
print(target.__weakref__ is plain)


@dataclass(slots=True)
class NoWeakref:
    a: int


@dataclass(slots=True, weakref_slot=True)
class HasWeakref:
    a: int


try:
    weakref.ref(NoWeakref(1))
except TypeError as error:
    print(error)
item = HasWeakref(1)
ref = weakref.ref(item)
print(item.__weakref__ is ref, '__weakref__' in HasWeakref.__slots__)


class FromSet:
    __slots__ = set('ba')


class FromIterator:
    __slots__ = iter(['c'])


print(sorted(FromSet.__slots__), [k for k in FromIterator.__dict__ if k == 'c'])
