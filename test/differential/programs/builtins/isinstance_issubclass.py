# isinstance and issubclass with tuples, bool/int, and abstract classes.
from collections.abc import Iterable, Sequence, Mapping, Hashable, Callable
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance([], Iterable), isinstance('x', Sequence), isinstance({}, Mapping), isinstance([], Hashable), isinstance(len, Callable))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (str, list)), issubclass(dict, Mapping))
print(isinstance(int, type), isinstance(type, object), issubclass(type, object), isinstance(object, type))
for bad in (lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: isinstance(1, (int, 'x'))):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, int | None))
