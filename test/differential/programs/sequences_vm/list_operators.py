# list operators and comparisons; list is unhashable; subclasses of list.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

a = [1, 2]
b = a + [3]
print(b, a * 3, 3 * a, a * 0, a * -2, [] * 5, a * True)
c = a
c += (3, 4)
c += 'xy'
c += range(2)
print(c, c is a)
d = [0]
e = d
d *= 3
print(d, d is e)
d *= 0
print(d, d is e)

attempt('list + tuple', lambda: [1] + (1,))
attempt('list + str', lambda: [1] + 'a')
attempt('list * str', lambda: [1] * 'a')
attempt('str * list', lambda: 'a' * [1])
attempt('list * float', lambda: [1] * 1.5)
attempt('list * huge', lambda: [1] * (10**20))
attempt('list - list', lambda: [1] - [1])
attempt('list += int', lambda: exec('x = []\nx += 5'))
attempt('list *= str', lambda: exec('x = []\nx *= "a"'))
attempt('hash list', lambda: hash([]))
attempt('hash tuple of list', lambda: hash((1, [2])))
attempt('list in set', lambda: {[1]})

class Index:
    def __index__(self):
        return 2
print([7] * Index(), Index() * [8])

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] <= [1, 2], [1, 2] >= [1, 3])
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1] == [1.0], [[1]] == [[1]], [1] == (1,), [1] != (1,))
attempt('list < tuple', lambda: [1] < (1,))
attempt('list < mixed', lambda: [1, 2] < [1, 'a'])
attempt('list > None', lambda: [1] > None)

class Eq:
    calls = 0
    def __eq__(self, other):
        Eq.calls += 1
        return True
    def __lt__(self, other):
        return 'lt-result'

p, q = Eq(), Eq()
print([p] == [q], Eq.calls)
print([p] == [p], Eq.calls)
print([p, 1] == [q], Eq.calls)
print([p, 1] < [q, 2], Eq.calls)
print([p] < [1, 2], Eq.calls)

class MyList(list):
    def __repr__(self):
        return 'MyList(' + list.__repr__(self) + ')'

m = MyList([3, 1, 2])
m.sort()
print(m, type(m).__name__, type(m + [4]).__name__, type(m * 2).__name__, type(m[:]).__name__, type(m.copy()).__name__)
print(m == [1, 2, 3], isinstance(m, list), len(m), m[0])
m.attr = 'has a dict'
print(m.attr)

class Stack(list):
    def push(self, item):
        self.append(item)
    def __init__(self, *args):
        super().__init__(*args)
        self.pushed = 0

s = Stack('ab')
s.push('c')
print(s, s.pushed)
print(list.__new__(Stack), list() == [], list([1]) is not [1])
attempt('list.__new__(int)', lambda: list.__new__(int))
attempt('list kwargs', lambda: list(iterable=[1]))
attempt('list two args', lambda: list([1], [2]))
attempt('list of int', lambda: list(5))
x = [1, 2]
x.__init__('ab')
print(x)
x.__init__()
print(x)
print(list.__hash__, type([]).__name__, bool([]), bool([0]))

class Sub(list):
    pass
class Tup(tuple):
    pass
attempt('subclass + tuple', lambda: Sub([1]) + (1,))
attempt('tuple subclass + list', lambda: Tup() + [1])
attempt('subclass * str', lambda: Sub() * 'a')
attempt('str * subclass', lambda: 'a' * Sub())
print(Sub([1]) + [2], Sub([1]) + Sub([2]), type(Sub([1]) + Sub([2])).__name__, Tup((1,)) + (2,))
