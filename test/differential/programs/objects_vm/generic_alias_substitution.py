# types.GenericAlias and types.UnionType: unpacking, substitution of type variables
# (TypeVar, TypeVarTuple), reprs, equality, hashing and attribute forwarding.
import pickle
import types
import typing
from typing import Generic, Tuple, TypeVar, TypeVarTuple, Unpack

T = TypeVar('T')
T1 = TypeVar('T1')
T2 = TypeVar('T2')
Ts = TypeVarTuple('Ts')


class Box(Generic[T]):
    pass


class Row(Generic[*Ts]):
    pass


def show(expression):
    try:
        print(expression, '->', repr(eval(expression)))
    except Exception as error:
        print(expression, '->', type(error).__name__, error)


# Iterating an alias gives it starred, once.
print(list(iter(tuple[int, str])), [*list[int]])
print(next(iter(tuple[int])).__unpacked__, tuple[int].__unpacked__)
print((*tuple[int, str],)[0].__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
for expression in [
    'list[*tuple[int]]', 'Box[*tuple[int]]', 'list[T][*tuple[int]]', 'tuple[*Ts][()]', 'tuple[*Ts][int]',
    'tuple[*Ts][int, str]', 'Row[*Ts][*tuple[int, str]]', 'tuple[T, *Ts][int, str, bytes]', 'tuple[*Ts, T][int]',
    'tuple[T1, *Ts, T2][int, str]', 'tuple[T, *Ts][*tuple[int, ...]]', 'Tuple[*Ts][*tuple[int, str]]',
    'dict[T1, T2][int]', 'dict[T1, list[T2]][str, int]', 'list[int][int]', 'tuple[*Ts, *Ts][int]',
    'list[[int, str]]', 'list[None]', 'list[...]', 'list[3]', 'tuple[()]',
]:
    show(expression)

# Equality, hashing and pickling.
print(list[int] == list[int], list[int] != list[str], (*tuple[int],)[0] == tuple[int])
print(hash(list[int]) == hash(list) ^ hash((int,)))
starred = (*tuple[int, str],)[0]
print(pickle.loads(pickle.dumps(starred)) == starred, pickle.loads(pickle.dumps(list[T])))
it = iter(list[int])
print(type(it).__name__, it.__reduce__()[1])

# Attributes other than the alias's own come from the origin.
print(list[int].__repr__ is list.__repr__ or list[int].__repr__ == list.__repr__, list[int].append)
try:
    list[int].nothing
except AttributeError as error:
    print('AttributeError', error)
print(sorted(set(dir(list[int])) - set(dir(list))))
print(list[int].__mro_entries__(()), types.GenericAlias(list, int).__args__)
for bad in [lambda: types.GenericAlias(list), lambda: types.GenericAlias(list, int, x=1)]:
    try:
        bad()
    except TypeError as error:
        print('TypeError', error)


# __orig_class__ is set when the instance takes it.
class Plain:
    pass


class Slotted:
    __slots__ = ()


print(types.GenericAlias(Plain, int)().__orig_class__, type(types.GenericAlias(Slotted, int)()).__name__)

# Unions.
print(int | None, None | int, (int | str) | int, int | list[int] | list[int], list[int] | int)
print((int | str) == (str | int), hash(int | str) == hash(frozenset((int, str))))
print((list[T] | dict[str, T]).__parameters__, (list[T] | dict[str, T])[int])
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, str | int))
print(isinstance(1, int | list[int]))
for bad in [lambda: isinstance(1, str | list[int]), lambda: issubclass(int, str | list[int]), lambda: issubclass(1, str | int),
            lambda: (int | str)[int]]:
    try:
        bad()
    except TypeError as error:
        print('TypeError', error)
print(type.__or__(int, 3), (int | str).__module__, int | typing.List[int])
