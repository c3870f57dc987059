# collections.namedtuple: fields, _replace, _asdict, indexing and repr.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._replace(x=10), p._asdict(), Point._fields, p == (1, 2))
x, y = p
print(x + y, len(p), tuple(p), isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 0])
print(P3(1), P3._make([4, 5, 6]))
