# typing.NamedTuple as a base class: a function whose __mro_entries__ supplies the real base.
from typing import Generic, NamedTuple, TypeVar

T = TypeVar('T')


class Point(NamedTuple):
    x: int
    y: str = 'a'

    def doubled(self):
        return Point(self.x * 2, self.y * 2)


class Box(NamedTuple, Generic[T]):
    value: T


print(Point(1), Point(2, 'b').doubled(), Point.__mro__, Point._fields, Point._field_defaults)
print(Point.__annotations__, Point.__orig_bases__[0].__name__)
print(Box(3), Box[int], Box.__mro__)


class Entry:
    def __init__(self, base):
        self.base = base

    def __mro_entries__(self, bases):
        print('mro entries of', [type(base).__name__ for base in bases])
        return (self.base,)


class Sub(Entry(dict)):
    pass


print(Sub.__mro__, Sub.__orig_bases__[0].base)
try:
    class Bad(NamedTuple, dict):
        pass
except TypeError as e:
    print('TypeError', e)
