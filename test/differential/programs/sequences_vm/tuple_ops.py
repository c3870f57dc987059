# tuple: construction (subclasses too), access, operators, hashes equal to CPython's, repr.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

t = (1, 2, 3, 2)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t.count(2), t.index(2), t.index(2, 2), len(t), 2 in t, 5 in t)
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple(range(3)), tuple(x * x for x in range(4)), tuple({'k': 1}))
u = (1, 2)
print(tuple(u) is u, u[:] is u, u + () is u, () + u is u, u * 1 is u, (u * 2), 2 * u, u * 0, u * -1, () * 5)
print((1,) + (2,), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) == (1, 2), (1,) == [1], () < (0,))

for value in [(), (1,), (1, 2), (1, 'a', 'b'), ((1, 2), (3,)), (True, 1.5, -1), (10**20, -(10**30)), ('',), (2**61 - 1,), (-1,), (-2,)]:
    print(repr(value), hash(value))
print(hash((1, 2)) == hash((1.0, 2)), hash((True,)) == hash((1,)))

attempt('index missing', lambda: (1, 2).index(3))
attempt('index window', lambda: (1, 2, 1).index(1, 1, 2))
attempt('index bad', lambda: (1,).index(1, None))
attempt('count none', lambda: (1,).count())
attempt('out of range', lambda: (1,)[1])
key = 'a'
attempt('str index', lambda: (1,)[key])
attempt('huge index', lambda: (1,)[2**63])
attempt('tuple + list', lambda: (1,) + [1])
attempt('tuple * tuple', lambda: (1,) * (2,))
attempt('hash unhashable', lambda: hash(([],)))
attempt('tuple < mixed', lambda: (1, 2) < (1, 'x'))
attempt('tuple two args', lambda: tuple([1], [2]))
attempt('tuple kwargs', lambda: tuple(x=1))
attempt('tuple of int', lambda: tuple(5))
attempt('assign item', lambda: exec('t = (1,)\nt[0] = 2'))
attempt('del item', lambda: exec('t = (1,)\ndel t[0]'))
attempt('del str item', lambda: exec('t = (1,)\ndel t["a"]'))
attempt('del int item', lambda: exec('t = 5\ndel t[0]'))

class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f'Point(x={self[0]!r}, y={self[1]!r})'
    def __getnewargs__(self):
        return tuple(self)

p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4), hash(p) == hash((3, 4)), type(p).__name__, isinstance(p, tuple))
print(type(p + p).__name__, type(p[:]).__name__, type(p * 1).__name__, p[:] == p, tuple(p), type(tuple(p)).__name__)
print(tuple.__getnewargs__(p), (1, 2).__getnewargs__())
attempt('slots', lambda: setattr(p, 'z', 1))

class Pair(tuple):
    def __init__(self, items, label='pair'):
        self.label = label

q = Pair([1, 2], label='labelled')
print(q, q.label, len(q))
attempt('tuple subclass kwargs', lambda: type('T', (tuple,), {})(iterable=[1]))
attempt('tuple.__new__(list)', lambda: tuple.__new__(list))

big = tuple(range(1000))
print(sum(big), big[500:505], big[-1], big.index(999))
print(tuple.__len__((1, 2)), tuple.__contains__((1,), 1))
it = iter((1, 2))
print(type(it).__name__, it.__length_hint__(), list(it), list(it))
