# iter, next, reversed, enumerate, zip, map, filter: results, laziness, reprs and errors.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

def name(obj):
    return type(obj).__name__

it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
attempt('next exhausted', lambda: next(it))
attempt('next list', lambda: next([1]))
attempt('next int', lambda: next(5, 0))
attempt('next none', lambda: next())
attempt('next kw', lambda: next(it, default=1))

def gen():
    yield 1
    return 'result'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration args', e.args)
print(next(gen(), 'x'), next(iter(()), 'empty'))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration('custom')
        self.n -= 1
        return self.n
c = Countdown(2)
print(next(c), next(c), next(c, 'dflt'))
try:
    next(c)
except StopIteration as e:
    print('custom StopIteration', e)
print(list(Countdown(4)), iter(c) is c)

values = [3, 2, 1, 0, 5]
pos = iter(range(10))
calls = iter(lambda: values.pop(0), 0)
print(name(calls), list(calls), values)
print(list(iter(lambda: next(pos), 4)), next(pos))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
attempt('iter not callable', lambda: iter(1, 2))
attempt('iter int', lambda: iter(5))
attempt('iter none', lambda: iter())
attempt('iter three', lambda: iter(1, 2, 3))
attempt('iter kw', lambda: iter(x=1))
attempt('iter bad __iter__', lambda: iter(type('X', (), {'__iter__': lambda self: 5})()))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
print(list(iter(Seq())), list(reversed(Seq())), 10 in Seq(), name(iter(Seq())))
r = reversed(Seq())
print(name(r), r.__length_hint__(), next(r), r.__length_hint__())
print(list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed([])), reversed(range(3)).__length_hint__())
print(list(reversed({'a': 1, 'b': 2})))
attempt('reversed int', lambda: reversed(5))
attempt('reversed set', lambda: reversed({1}))
attempt('reversed gen', lambda: reversed(x for x in 'a'))
attempt('reversed none', lambda: reversed())
attempt('reversed two', lambda: reversed([], []))
attempt('reversed kw', lambda: reversed(seq=[]))
attempt('reversed no len', lambda: reversed(type('G', (), {'__getitem__': lambda s, i: i})()))

class Backwards:
    def __reversed__(self):
        return iter('zyx')
class NotReversible(list):
    __reversed__ = None
print(list(reversed(Backwards())))
attempt('reversed None', lambda: reversed(NotReversible()))

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', -1)), list(enumerate('ab', start=10**20)))
print(list(enumerate(iterable='xy', start=2)), list(enumerate(start=1, iterable='q')), list(enumerate([], 3)))
attempt('enumerate none', lambda: enumerate())
attempt('enumerate int', lambda: enumerate(5))
attempt('enumerate str start', lambda: enumerate([], 'a'))
attempt('enumerate three', lambda: enumerate([], 1, 2))
attempt('enumerate bad kw', lambda: enumerate([], foo=1))
attempt('enumerate kw iterable twice', lambda: enumerate([], iterable=[]))
attempt('enumerate only start', lambda: enumerate(start=1))

print(list(zip()), list(zip('ab')), list(zip('abc', range(5), [True, False])), list(zip('ab', 'xy', strict=True)))
attempt('zip shorter', lambda: list(zip([1, 2], [1], strict=True)))
attempt('zip longer', lambda: list(zip([1], [1, 2], strict=True)))
attempt('zip third shorter', lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
attempt('zip third longer', lambda: list(zip('ab', 'ab', 'abc', strict=True)))
attempt('zip first shorter of three', lambda: list(zip('a', 'ab', 'ab', strict=True)))
attempt('zip int', lambda: zip([1], 5))
attempt('zip bad kw', lambda: zip([1], foo=1))
attempt('zip two kws', lambda: zip(strict=True, foo=1))
attempt('zip strict false', lambda: list(zip('ab', 'x', strict=0)))
pulled = []
def source(tag, n):
    for i in range(n):
        pulled.append((tag, i))
        yield i
print(list(zip(source('a', 3), source('b', 2))), pulled)

print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, 'ab', 'xyz', range(9))))
attempt('map one arg', lambda: map(len))
attempt('map none', lambda: map())
attempt('map int', lambda: map(len, 5))
attempt('map kw', lambda: map(len, [], x=1))
attempt('map error inside', lambda: list(map(len, [1])))
lazy = map(print, ['lazy 1', 'lazy 2'])
print('map made')
print(next(lazy))

print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(bool, (0, 2))), list(filter(lambda x: x % 2, range(7))))
attempt('filter one', lambda: filter(None))
attempt('filter none', lambda: filter())
attempt('filter three', lambda: filter(None, [], []))
attempt('filter int', lambda: filter(None, 5))
attempt('filter kw', lambda: filter(None, [], x=1))

for obj in [enumerate([]), zip(), map(len, []), filter(None, []), reversed('ab'), iter(range(1)), iter([]), iter(()), reversed([]), iter(lambda: 1, 1)]:
    print(name(obj), repr(obj).startswith('<' + name(obj) + ' object at 0x'), iter(obj) is obj)
print(isinstance(enumerate([]), enumerate), zip.__name__, map.__name__, filter.__name__, reversed.__name__, enumerate.__name__)

class Numbered(enumerate):
    def label(self):
        return 'numbered'
n = Numbered('xy', 1)
n.extra = 5
print(name(n), n.label(), list(n), n.extra)

class Evens(filter):
    pass
print(list(Evens(lambda x: x % 2 == 0, range(6))), name(Evens(None, [])))
attempt('enumerate subclass no args', lambda: Numbered())
attempt('enumerate subclass bad kw', lambda: Numbered([], foo=1))
attempt('zip subclass kw', lambda: type('Z', (zip,), {})('a', foo=1))
attempt('map subclass kw', lambda: type('M', (map,), {})(len, [], a=1))
