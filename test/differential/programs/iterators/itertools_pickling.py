# itertools objects pickle and copy at their position, as CPython 3.11's do (pairwise
# does not pickle); their __setstate__ checks the state it is given.
import copy
import itertools as it
import operator
import pickle


def roundtrip(obj, proto=2):
    return pickle.loads(pickle.dumps(obj, proto))


def take(n, iterable):
    return list(it.islice(iterable, n))


def below_three(x):
    return x < 3


def check(name, make, n=8):
    fresh = take(n, roundtrip(make()))
    started = make()
    head = take(2, started)
    rest = take(n, roundtrip(started))
    deep = take(n, copy.deepcopy(make()))
    print(f'{name}: {fresh} | {head} + {rest} | {deep}')


check('count', lambda: it.count(5))
check('count step', lambda: it.count(1.5, 0.5))
check('cycle', lambda: it.cycle('abc'))
check('repeat', lambda: it.repeat('x', 5))
check('accumulate', lambda: it.accumulate(range(6)))
check('accumulate initial', lambda: it.accumulate([1, 2, 3], operator.mul, initial=10))
check('chain', lambda: it.chain('ab', 'cde'))
check('chain.from_iterable', lambda: it.chain.from_iterable(['ab', 'cd']))
check('compress', lambda: it.compress('abcdef', [1, 0, 1, 1, 0, 1]))
check('dropwhile', lambda: it.dropwhile(below_three, range(8)))
check('takewhile', lambda: it.takewhile(below_three, range(8)))
check('filterfalse', lambda: it.filterfalse(None, [0, 1, 0, 2, 0]))
check('starmap', lambda: it.starmap(pow, [(2, 3), (3, 2), (10, 2)]))
check('islice', lambda: it.islice(range(100), 3, 40, 7))
check('zip_longest', lambda: it.zip_longest('ab', 'wxyz', fillvalue='-'))
check('product', lambda: it.product('ab', range(3)))
check('permutations', lambda: it.permutations('abc', 2))
check('combinations', lambda: it.combinations(range(5), 3))
check('combinations_with_replacement', lambda: it.combinations_with_replacement('ab', 3))

# groupby pickles with the group it is in; tee's copies share a buffer.
groups = it.groupby('aabbbcd')
key, group = next(groups)
print(key, list(roundtrip(group)), [(k, list(g)) for k, g in roundtrip(groups)])
a, b = it.tee(range(6))
next(a)
print(list(roundtrip(a)), list(copy.copy(b)), list(a), list(b))
print(type(a).__name__, type(a).__module__, type(it.count()).__module__)

print(repr(it.count()), repr(it.count(3, 2)), repr(it.count(2.5)), repr(it.repeat(1, 2)), repr(it.repeat('a')))
print(it.count(5).__reduce__(), it.count(5, 2).__reduce__(), it.repeat(0, 3).__reduce__())
print(it.islice('abc', 1).__reduce__()[1][1:], it.cycle('ab').__reduce__()[2])
try:
    pickle.dumps(it.pairwise('abc'))
except TypeError:
    print('pairwise does not pickle')
print(list(it.pairwise('abcd')))

# __setstate__ arguments.
for call in [lambda: it.cycle('').__setstate__(()), lambda: it.cycle('').__setstate__(([], 0, 1)),
             lambda: it.cycle('').__setstate__((('a',), 0)), lambda: it.cycle('').__setstate__([[], 0]),
             lambda: it.chain().__setstate__((1,)), lambda: it.chain().__setstate__(()),
             lambda: it.product('ab').__setstate__([0]), lambda: it.permutations('ab').__setstate__(([], ())),
             lambda: it.tee([])[0].__setstate__((1, 2)), lambda: it.groupby([]).__setstate__((1, 2))]:
    try:
        call()
        print('accepted')
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
c = it.cycle('defg')
c.__setstate__((list('abc'), 0))
print(take(10, c))

# Keyword arguments: refused unless a subclass's __init__ takes them.
class Cycle(it.cycle):
    def __init__(self, iterable, *, label=None):
        self.label = label


print(take(4, Cycle('ab', label='x')), Cycle('ab', label='y').label)
try:
    it.cycle('ab', label='x')
except TypeError as error:
    print('TypeError:', error)


class Chain(it.chain):
    pass


try:
    Chain('ab', x=1)
except TypeError as error:
    print('TypeError:', error)
print(type(Chain.from_iterable(['ab'])).__name__, list(Chain.from_iterable(['ab', 'c'])))


# pairwise keeps its state right when its input re-enters it.
class Reentrant:
    count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count == 1:
            return next(pairs)
        return [self.count]


pairs = it.pairwise(Reentrant())
print(next(pairs), next(pairs))
