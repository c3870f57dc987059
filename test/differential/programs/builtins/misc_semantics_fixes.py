# Assorted CPython details: NotImplemented's truth warns, bytearray.translate checks its
# table first, dict.setdefault hashes once, len() of a huge range, slices pickle,
# list/frozenset subclasses with their own __new__/__init__ take keywords, and a
# relative import without package information warns.
import copy
import pickle
import sys
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented)
print([(w.category.__name__, str(w.message)) for w in caught])

for args in [(b'1', 1), (b'1' * 256, 1), (None, b'a')]:
    try:
        print(bytearray(b'abc').translate(*args), b'abc'.translate(*args))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)


class Hashed:
    def __init__(self):
        self.hashes = self.compares = 0

    def __hash__(self):
        self.hashes += 1
        return 42

    def __eq__(self, other):
        self.compares += 1
        return self is other


first, second = Hashed(), Hashed()
table = {first: 1}
table.setdefault(second, [])
print(first.hashes, second.hashes, first.compares + second.compares)

print(len(range(-sys.maxsize, sys.maxsize, 2)))
try:
    len(range(-sys.maxsize, sys.maxsize))
except OverflowError as error:
    print('OverflowError:', error)
print(slice(1, 'x').__reduce__(), copy.deepcopy(slice([1], 2)), pickle.loads(pickle.dumps(slice(None, 5, -1))))


class ListWithNew(list):
    def __new__(cls, items, label=None):
        self = super().__new__(cls, items)
        self.label = label
        return self


mine = ListWithNew([1, 2], label='x')
print(mine, mine.label)


class PlainList(list):
    pass


try:
    PlainList(sequence=())
except TypeError as error:
    print('TypeError:', error)


class LabelledFrozenSet(frozenset):
    def __init__(self, *args, label=None):
        self.label = label


print(sorted(LabelledFrozenSet('ab', label='y')), LabelledFrozenSet(label='z'))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    try:
        __import__('', {'__package__': None, '__spec__': None, '__name__': '__main__'}, {}, ('foo',), 1)
    except ImportError as error:
        print('ImportError:', error)
print([(w.category.__name__, str(w.message)) for w in caught])
