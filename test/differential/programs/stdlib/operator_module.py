# operator module functions: itemgetter, attrgetter, methodcaller and arithmetic functions.
import operator
from collections import namedtuple
P = namedtuple('P', 'name age')
people = [P('bob', 30), P('al', 25), P('cy', 30)]
print(sorted(people, key=operator.attrgetter('age', 'name')))
print(list(map(operator.itemgetter(1), [(1, 'a'), (2, 'b')])), operator.itemgetter(0, 2)('xyz'))
print(operator.methodcaller('split', ',')('a,b'), operator.add(1, 2), operator.mul('ab', 2), operator.neg(5))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 2), operator.pow(2, 5), operator.not_(0))
print(operator.contains([1], 1), operator.getitem({'k': 9}, 'k'), operator.index(7), operator.lt(1, 2), operator.is_(None, None))
l = [1, 2, 3]
operator.setitem(l, 0, 'x'); operator.delitem(l, 1)
print(l, operator.concat([1], [2]), operator.iadd([1], [2]))
