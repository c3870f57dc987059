"""A tour of what pyvm runs: CPython 3.11's bytecode, shown by CPython's own dis
module, and the language features a notebook reaches for first. Run it with
`bin/pyvm examples/tour.py`; `python3 examples/tour.py` prints the same."""
import dis
from collections import Counter, namedtuple


def add(a, b):
    return a + b


print("The bytecode of add(a, b), as dis.dis shows it:")
dis.dis(add)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


first = [n for _, n in zip(range(12), fibonacci())]
print("\nFibonacci, from a generator:", first)

Point = namedtuple("Point", "x y")


class Vector(Point):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector(3, 4) + Vector(0, 0)
print(f"{v!r} has length {abs(v):.1f}")

words = "the quick brown fox jumps over the lazy dog the end".split()
print("Most common words:", Counter(words).most_common(2))


def describe(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return f"circle of area {3.14159 * r * r:.2f}"
        case [x, y]:
            return f"point at ({x}, {y})"
        case _:
            return "something else"


for shape in [{"kind": "circle", "r": 2}, [1, 2], 42]:
    print("match:", describe(shape))

try:
    try:
        {}["missing"]
    except KeyError as error:
        raise ValueError("lookup failed") from error
except ValueError as error:
    print("chained:", repr(error), "caused by", repr(error.__cause__))

try:
    raise ExceptionGroup("several", [TypeError("t"), OSError("o")])
except* TypeError as group:
    print("except* caught", [repr(e) for e in group.exceptions])
except* OSError as group:
    print("except* caught", [repr(e) for e in group.exceptions])
