# set and frozenset: methods, operators, comparisons, reprs and error messages.

def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as error:
        print(label, '!!', type(error).__name__, error)


s = {1, 2, 3}
show('add', lambda: (s.add(4), s.add(1), s))
show('add none', lambda: s.add())
show('add two', lambda: s.add(1, 2))
show('add unhashable', lambda: s.add([]))
show('discard', lambda: (s.discard(4), s.discard(99), s))
show('discard set', lambda: ({frozenset({1})}.discard({1})))
show('remove', lambda: (s.remove(3), s))
show('remove missing', lambda: s.remove(3))
show('remove tuple', lambda: s.remove((1, 2)))
show('remove set', lambda: s.remove({7}))
show('remove unhashable', lambda: s.remove([]))
show('pop', lambda: ({5}.pop(), set().pop()))
show('pop arg', lambda: s.pop(1))
show('clear', lambda: (s.clear(), s))
show('clear arg', lambda: s.clear(1))
show('copy', lambda: ({1, 2}.copy(), frozenset({1}).copy()))
f = frozenset({1, 2})
show('frozenset copy identity', lambda: (f.copy() is f, frozenset(f) is f, frozenset(f) == f))

a = {1, 2, 3, 4}
b = {3, 4, 5}
show('union', lambda: (a.union(b), a.union(), a.union([9], (8,), 'x'), a | b))
show('intersection', lambda: (a.intersection(b), a.intersection(), a.intersection([1, 2], (2, 3)), a & b))
show('difference', lambda: (a.difference(b), a.difference(), a.difference([1], [2]), a - b))
show('symmetric_difference', lambda: (a.symmetric_difference(b), a.symmetric_difference([1, 7]), a ^ b))
show('symmetric_difference none', lambda: a.symmetric_difference())
show('issubset', lambda: ({1}.issubset(a), {9}.issubset(a), {1}.issubset([1, 2]), a <= a, a < a, {1} < a))
show('issuperset', lambda: (a.issuperset({1}), a.issuperset([1, 9]), a >= a, a > a, a > {1}))
show('isdisjoint', lambda: (a.isdisjoint(b), a.isdisjoint({9}), a.isdisjoint([7, 8]), set().isdisjoint(set())))
show('issuperset unhashable', lambda: {1}.issuperset([3, []]))
show('issubset unhashable', lambda: {1}.issubset([1, []]))
show('eq', lambda: ({1, 2} == {2, 1}, {1} == frozenset({1}), {1} == [1], {1} != {2}, set() == frozenset()))
show('lt other', lambda: {1} < [1])
show('or list', lambda: {1} | [2])
show('and list', lambda: [1] & {1})
show('sub tuple', lambda: {1} - (1,))
show('xor str', lambda: {1} ^ 'a')
show('add op', lambda: {1} + {2})


def ior():
    x = {1}
    x |= [2]


def iand():
    x = {1}
    x &= 'ab'


show('ior list', ior)
show('iand str', iand)
x = {1, 2, 3}
y = x
x |= {4}
x &= {1, 2, 4, 5}
x -= {2}
x ^= {9, 1}
show('inplace keeps identity', lambda: (x, x is y))
fz = frozenset({1})
fz2 = fz
fz |= {2}
show('frozenset inplace makes new', lambda: (fz, fz2, fz is fz2))
show('update', lambda: (x.update([1], {7}, 'ab', {'k': 1}), x))
show('update kw', lambda: x.update(a=1))
show('intersection_update', lambda: (x.intersection_update(range(10), [7, 9, 4]), x))
show('difference_update', lambda: (x.difference_update([7], [9]), x))
show('symmetric_difference_update', lambda: (x.symmetric_difference_update({4, 5}), x))
show('update not iterable', lambda: x.update(3))
show('contains', lambda: (1 in {1}, frozenset({2}) in {frozenset({2})}, {2} in {frozenset({2})}, set() in {frozenset()}))
show('contains unhashable', lambda: [] in {1})
show('contains dict', lambda: {} in {1})
show('len', lambda: (len(set()), len({1, 2}), frozenset('abc').__len__()))
show('hash', lambda: (hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({'a'})) == hash(frozenset('a'))))
show('hash set', lambda: hash({1}))
show('frozenset in dict', lambda: {frozenset({1, 2}): 'v'}[frozenset({2, 1})])
show('repr', lambda: (set(), frozenset(), {1}, frozenset({1}), {(1, 2), 'x'}, {frozenset({1})}))


class S(set):
    pass


class F(frozenset):
    pass


show('subclass repr', lambda: (S(), S([1, 2]), F(), F([3])))
show('subclass results', lambda: (type(S([1]) | {2}).__name__, type({2} | S([1])).__name__, type(F([1]) & {1}).__name__, type(S([1]).copy()).__name__, type(F([1]).copy()).__name__))
show('subclass args', lambda: S([1], [2]))
show('set kw', lambda: set(a=1))
show('frozenset kw', lambda: frozenset(iterable=[1]))
show('frozenset args', lambda: F([1], [2]))
show('set two', lambda: set([1], [2]))
show('set new ignores', lambda: set.__new__(set, 1, 2, a=3))
show('class_getitem', lambda: (set[int], frozenset[str], set[int].__origin__))
show('sizeof', lambda: (set().__sizeof__(), set(range(10)).__sizeof__(), frozenset(range(100)).__sizeof__()))
show('reduce', lambda: ({1, 2}.__reduce__(), frozenset({3}).__reduce__()))
r = S()
r.add(1)
show('iterator', lambda: (type(iter(set())).__name__, iter({1, 2, 3}).__length_hint__()))

mutated = {1, 2, 3}
try:
    for item in mutated:
        mutated.add(item * 10)
except RuntimeError as error:
    print('mutation:', error)
mutated = {1, 2, 3}
it = iter(mutated)
next(it)
mutated.discard(3)
mutated.add(4)
print('same size is fine:', list(it))


class Weird:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print('  eq', self.n, other.n)
        return self.n == other.n

    def __repr__(self):
        return f'W{self.n}'


w = {Weird(1), Weird(2), Weird(3)}
print(sorted(w, key=lambda item: item.n))
print(Weird(2) in w)
w.discard(Weird(1))
print(len(w))


class Recursive(set):
    def __repr__(self):
        return 'R' + set.__repr__(self)


print(repr(Recursive([1])))
