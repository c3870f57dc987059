# The iterators of the built-in types pickle and copy at their position (CPython's
# __reduce__/__setstate__), whether fresh, part-consumed or exhausted.
import copy
import pickle


def roundtrip(it, proto):
    return pickle.loads(pickle.dumps(it, proto))


def sources():
    yield 'list', lambda: iter([1, 2, 3, 4])
    yield 'reversed list', lambda: reversed([1, 2, 3, 4])
    yield 'tuple', lambda: iter((5, 6, 7))
    yield 'str', lambda: iter('héllo')
    yield 'bytes', lambda: iter(b'abc')
    yield 'bytearray', lambda: iter(bytearray(b'xyz'))
    yield 'range', lambda: iter(range(3, 12, 2))
    yield 'reversed range', lambda: reversed(range(6))
    yield 'long range', lambda: iter(range(2**70, 2**70 + 4))
    yield 'dict keys', lambda: iter({'a': 1, 'b': 2, 'c': 3})
    yield 'dict items', lambda: iter({'a': 1, 'b': 2}.items())
    yield 'reversed dict values', lambda: reversed({'a': 1, 'b': 2, 'c': 3}.values())
    yield 'set', lambda: iter({10, 20, 30})
    yield 'enumerate', lambda: enumerate('abc', 10)
    yield 'zip', lambda: zip('abc', range(3))
    yield 'map', lambda: map(abs, [-1, -2, -3])
    yield 'filter', lambda: filter(None, [0, 1, 0, 2, 3])
    yield 'reversed sequence', lambda: reversed('abcd')
    yield 'sequence iterator', lambda: iter(Sequence())
    yield 'callable iterator', lambda: iter(Counter(), 4)


class Sequence:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError(index)
        return index * index


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


for name, make in sources():
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        whole = list(roundtrip(make(), proto))
        started = make()
        first = next(started)
        rest = list(roundtrip(started, proto))
        exhausted = make()
        list(exhausted)
        after = list(roundtrip(exhausted, proto))
        if proto == 0:
            print(f'{name}: {whole} | {first!r} then {rest} | {after}')
    print('  copy:', list(copy.copy(make())), type(make()).__name__)

# The state is the position; an exhausted iterator pickles as iter() of an empty one.
it = iter([1, 2, 3])
next(it)
print(it.__reduce__()[1:], type(it.__reduce__()[0]).__name__)
it.__setstate__(-5)
print(list(it))
r = reversed([1, 2, 3])
r.__setstate__(10)
print(list(r))
print(iter(range(5)).__reduce__(), reversed(range(2**70)).__reduce__())
long_it = iter(range(2**32 + 2))
long_it.__setstate__(2**32 + 1)
print(next(roundtrip(long_it, 2)))
print(zip('ab', 'cd', strict=True).__reduce__()[2])
for bad in ['x', 2.5]:
    try:
        iter([1]).__setstate__(bad)
    except TypeError as error:
        print('TypeError:', error)
try:
    iter(range(3)).__setstate__(2**70)
except OverflowError as error:
    print('OverflowError:', error)
try:
    iter([1]).__reduce__(1)
except TypeError as error:
    print('TypeError:', error)
# A list being iterated, pickled with its iterator, stays shared.
items = [4, 5, 6, 7]
it = iter(items)
next(it)
it2, items2 = pickle.loads(pickle.dumps((it, items)))
items2[:] = [10, 11, 12, 13, 14]
print(list(it2))
