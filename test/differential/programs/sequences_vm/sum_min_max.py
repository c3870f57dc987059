# sum, min, max, any, all: CPython's arithmetic (plain double addition for floats in 3.11), order of comparisons, errors.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([1], start=5), sum(x * x for x in range(5)))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 0.5]), sum([0.5, 1, True]), sum([1e308, 1e308]))
print(sum([2**62, 2**62, 2**62]), sum([10**20, 0.5]), sum([1, 2.5, 10**30]), sum([-(2**53), -1, -1]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2], 0.25), sum(iter([3, 4])), sum([], 7.5))
print(repr(sum([0.0, -0.0])), repr(sum([-0.0, -0.0], -0.0)), sum([float('inf'), 1]), sum([3, 4], -7))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    __radd__ = __add__
    def __repr__(self):
        return f'Money({self.cents})'
print(sum([Money(5), Money(7)]), sum([Money(1)], Money(100)), sum([1, Money(2), 3]))

attempt('sum none', lambda: sum())
attempt('sum int', lambda: sum(5))
attempt('sum three', lambda: sum([], 1, 2))
attempt('sum str start', lambda: sum(['a'], ''))
attempt('sum bytes start', lambda: sum([b'a'], b''))
attempt('sum bytearray start', lambda: sum([], bytearray()))
attempt('sum mixed', lambda: sum([1, 'a']))
attempt('sum strings', lambda: sum(['a', 'b']))
attempt('sum kw iterable', lambda: sum(iterable=[1]))
attempt('sum bad kw', lambda: sum([], x=1))
attempt('sum start twice', lambda: sum([], 1, start=2))

print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min('hello'), max('ab', 'b', 'abc'), min([3, 1], [2, 9]), max(range(5)))
print(max([1, 3, 2], key=lambda x: -x), min(['bb', 'a', 'ccc'], key=len), max([], default='empty'), min([], default=None), max([7], default=0))
print(max(1, 2, key=None), min([2, 1], key=None), max([(1, 'a'), (1, 'b')]), max([1, True]), max([True, 1]), min([0, False]), min([False, 0]))
print(max([1.5, 2, 0.5]), min(-1, -1.0), max(-1.0, -1), max([10**20, 2**70, 3.0e20]), max('b', 'a', key=str.upper))

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('  lt', self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print('  gt', self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return f'L{self.v}'
print(max([Loud(1), Loud(3), Loud(2)]))
print(min(Loud(2), Loud(1), Loud(1)))
print(max([Loud(4), Loud(4)]), min([Loud(4), Loud(4)]))

attempt('max none', lambda: max())
attempt('min none kw', lambda: min(key=len))
attempt('max int', lambda: max(5))
attempt('max empty', lambda: max([]))
attempt('min empty key', lambda: min([], key=len))
attempt('max default with args', lambda: max(1, 2, default=3))
attempt('max bad kw', lambda: max([1], foo=2))
attempt('max three kws', lambda: max([1], key=None, default=1, x=2))
attempt('max key not callable', lambda: max(1, 2, key=1))
attempt('max mixed', lambda: max(1, 'a'))
attempt('min mixed', lambda: min(['a', 1]))
attempt('min iterable kw', lambda: min(iterable=[1]))

print(any([]), all([]), any([0, '', None]), any([0, 'x']), all([1, 'a']), all([1, 0]), any(x > 3 for x in range(5)), all(iter([])))
def noisy(values):
    for v in values:
        print('  yield', v)
        yield v
print(any(noisy([0, 1, 2])), all(noisy([1, 0, 2])))
attempt('any none', lambda: any())
attempt('any int', lambda: any(5))
attempt('all two', lambda: all([], []))
attempt('all kw', lambda: all([1], x=1))
