# _operator: the operator functions with their argument checks, concat and in-place
# forms, itemgetter/attrgetter/methodcaller (calls, reprs, reduce), and helpers.
import operator
from operator import itemgetter, attrgetter, methodcaller


def attempt(fn, *args, **kwargs):
    try:
        return repr(fn(*args, **kwargs))
    except Exception as error:
        return f'{type(error).__name__}: {error}'


print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.pow(2, 10), operator.matmul.__name__, operator.neg(4), operator.pos(-4),
      operator.abs(-4.5), operator.invert(5), operator.inv(5), operator.lshift(1, 5), operator.rshift(64, 2),
      operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.gt(3, 2), operator.ge(1, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
print(operator.getitem({'k': 'v'}, 'k'), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))),
      operator.length_hint(object(), 7), operator.call(divmod, 17, 5))
data = [1, 2, 3]
operator.setitem(data, 0, 'first')
operator.delitem(data, 1)
print(data)

# In-place forms change mutable operands and return the result.
values = [1]
print(operator.iadd(values, [2]), values, operator.iadd(1, 2), operator.imul([0], 3), operator.iconcat(values, (3,)), values)
numbers = {1, 2}
print(operator.ior(numbers, {3}), numbers, operator.iand({1, 2}, {2}), operator.ixor(6, 3), operator.isub(5, 1),
      operator.ipow(2, 5), operator.imod(9, 4), operator.ifloordiv(9, 4), operator.itruediv(9, 4),
      operator.ilshift(1, 3), operator.irshift(8, 3))

# concat and its complaints.
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.concat((1,), (2,)), operator.concat(b'a', bytearray(b'b')))
for args in [(1, 2), ([1], (2,)), ('a', 1), (b'a', 'b')]:
    print(attempt(operator.concat, *args), attempt(operator.iconcat, *args))


class Seq:
    def __getitem__(self, index):
        return index

    def __add__(self, other):
        return 'Seq.__add__'


print(operator.concat(Seq(), Seq()), attempt(operator.concat, Seq(), 1))

# Argument checks.
for fn, args in [(operator.add, (1,)), (operator.add, (1, 2, 3)), (operator.neg, ()), (operator.not_, (1, 2)),
                 (operator.truth, ()), (operator.setitem, (1, 2)), (operator.length_hint, ()), (operator.length_hint, (1, 2, 3)),
                 (operator.call, ()), (operator.index, ('a',)), (operator.length_hint, ([], 'x')), (operator.indexOf, ([1], 9)),
                 (operator.countOf, (1, 1)), (operator.lt, (1, 'a')), (operator.neg, ('a',)), (operator.matmul, (1, 2)),
                 (operator.getitem, (1, 2)), (operator.contains, (1, 2))]:
    print(fn.__name__, attempt(fn, *args))
print(attempt(operator.add, 1, b=2), attempt(operator.neg, x=1))
print(operator.__lt__(1, 2), operator.__add__(1, 2), operator.__iadd__([1], [2]), operator.__not__(0))

# itemgetter / attrgetter / methodcaller
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2)), itemgetter(slice(1, None))('hello'))
print(itemgetter('k')({'k': 1}), repr(itemgetter(1, 'two', (3,))), itemgetter(2).__reduce__())


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def greet(self, greeting, punctuation='!'):
        return f'{greeting}, {self.name}{punctuation}'


tree = Node('leaf', Node('branch', Node('root')))
print(attrgetter('name')(tree), attrgetter('parent.name', 'parent.parent.name')(tree), repr(attrgetter('a.b', 'c')))
print(attrgetter('name', 'parent.name').__reduce__(), attempt(attrgetter('parent.missing'), tree), attempt(attrgetter('.x'), tree))
print(methodcaller('greet', 'Hello')(tree), methodcaller('greet', 'Hi', punctuation='?')(tree))
print(repr(methodcaller('greet', 'Hi', punctuation='?')), methodcaller('upper').__reduce__())
constructor, args = methodcaller('split', ',', maxsplit=1).__reduce__()
print(type(constructor).__name__, constructor.keywords, args, constructor(*args)('a,b,c'))
for fn, args, kwargs in [(itemgetter, (), {}), (itemgetter(1), (), {}), (itemgetter, (1,), {'a': 2}), (attrgetter, (1,), {}),
                         (attrgetter, (), {}), (methodcaller, (), {}), (methodcaller, (1,), {}), (methodcaller('x'), (1,), {'y': 2}),
                         (attrgetter('a'), (1, 2), {})]:
    print(attempt(fn, *args, **kwargs))
for getter in (itemgetter, attrgetter, methodcaller):
    try:
        class Sub(getter):
            pass
    except TypeError:
        print(getter.__name__, 'is final')

# _compare_digest (operator.py leaves it in _operator).
import _operator
print(_operator._compare_digest('secret', 'secret'), _operator._compare_digest('secret', 'secreT'), _operator._compare_digest(b'ab', bytearray(b'ab')),
      _operator._compare_digest(b'ab', b'abc'))
for args in [(1, 2), ('é', 'é'), (b'a', 'a'), ('a', b'a')]:
    print(attempt(_operator._compare_digest, *args))
