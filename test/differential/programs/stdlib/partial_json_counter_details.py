# functools.partial keeps an exact keywords dict when copied and shows non-str keys;
# json's encoder reads a list's length as it goes; collections.Counter counting uses an
# overridden __setitem__ or get; the Sequence/Mapping flags show in __flags__.
import collections
import copy
import functools
import json
import sys
from collections.abc import Collection, Mapping, Sequence


def show(*args, **kwargs):
    return args, kwargs


p = functools.partial(show, 1, key=[True])
p_copy = copy.copy(p)
print(p_copy.keywords is p.keywords, p.__reduce__()[2][2], functools.partial(show).__reduce__()[2][2])
p.keywords[1234] = 'value'
print(repr(p).split(', ', 1)[1])
try:
    p()
except TypeError as error:
    print('TypeError:', error)

items = [object()] * 10


def shrink(obj):
    del items[-1]


print(json.dumps(items, default=shrink))
try:
    json.decoder.scanstring(b'xxx', sys.maxsize + 1)
except OverflowError as error:
    print('OverflowError:', error)


class CountingSetItem(collections.Counter):
    def __setitem__(self, key, value):
        self.called = True
        super().__setitem__(key, value)


class CountingGet(collections.Counter):
    def get(self, key, default):
        self.called = True
        return super().get(key, default)


for cls in (CountingSetItem, CountingGet):
    counter = cls('abracadabra')
    print(cls.__name__, getattr(counter, 'called', False), sorted(counter.items()))

print(Sequence.__flags__ & 96, Mapping.__flags__ & 96, list.__flags__ & 96, dict.__flags__ & 96)
try:
    class Both(Collection):
        __abc_tpflags__ = Sequence.__flags__ | Mapping.__flags__
except TypeError as error:
    print('TypeError:', error)


class Slotted(set):
    __slots__ = ('x', '__dict__')


s = Slotted([1])
s.x = 5
s.y = 6
print(s.__reduce__(), copy.copy(s).x)
