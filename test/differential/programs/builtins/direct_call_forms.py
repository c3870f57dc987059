# Built-ins called with the one or two positional arguments compiled code passes to their
# direct forms, and with other counts and keywords: abs, divmod, pow, round, sum, any, all,
# hash, callable, id; sorted, iter, format; enumerate and reversed of one argument; zip,
# map, filter and enumerate of two; and the one-argument methods dict.get, dict.setdefault,
# set.add, list.extend, list.count. Values, dunder methods and subclasses of our own, and
# each wrong count's or type's error as CPython words it, in the order CPython checks.
# (Each call runs 250 times, so that both the eval loop and the compiled tier make it.)
class R:
    def __round__(self, n=None): return ("R", n)
    def __abs__(self): return "abs!"
    def __divmod__(self, o): return ("dm", o)
    def __pow__(self, o): return ("pow", o)
class Box:
    def __format__(self, spec): return f"<{spec}>"
    def __iter__(self): return iter([3, 1, 2])
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class Rev:
    def __reversed__(self): return iter("zyx")
class E(enumerate): pass
class D(dict): pass
class Z(zip): pass
class M(map): pass
class DD(dict):
    def __missing__(self, k): return "missing"
class LL(list): pass
class SS(set): pass
def boom(x): raise ValueError("boom %r" % (x,))
calls = [
    lambda: abs(-3), lambda: abs(-2.5), lambda: abs(R()), lambda: abs("x"), lambda: abs(), lambda: abs(1, 2),
    lambda: divmod(7, -2), lambda: divmod(7.5, 2), lambda: divmod(R(), 3), lambda: divmod(1), lambda: divmod("a", 1), lambda: divmod(1, 0),
    lambda: pow(2, 10), lambda: pow(2, -1), lambda: pow(2, 3, 5), lambda: pow(R(), 2), lambda: pow(2), lambda: pow(base=2, exp=3), lambda: pow(0, -1),
    lambda: round(2.5), lambda: round(3.14159, 2), lambda: round(7), lambda: round(7, -1), lambda: round(R()), lambda: round(R(), 3), lambda: round(2.5, None), lambda: round("x"), lambda: round(), lambda: round(1.5, ndigits=0), lambda: round(number=2.675, ndigits=2), lambda: round(float("inf")),
    lambda: sum([1, 2, 3]), lambda: sum([1.5, 2]), lambda: sum([[1], [2]], []), lambda: sum(["a"], ""), lambda: sum(x for x in range(5)), lambda: sum([1], start=10), lambda: sum(), lambda: sum(5), lambda: sum([1], 2, 3), lambda: sum([b"a"], b""),
    lambda: any([0, 0, 1]), lambda: all([]), lambda: any(5), lambda: all(x > 1 for x in [2, 3]), lambda: any(),
    lambda: hash(5), lambda: hash("abc") == hash("abc"), lambda: hash([]), lambda: hash(), lambda: callable(len), lambda: callable(5), lambda: callable(),
    lambda: id(5) == id(5), lambda: id(),
    lambda: sorted([3, 1, 2]), lambda: sorted("cba"), lambda: sorted({2: 0, 1: 0}), lambda: sorted(Box()), lambda: sorted(5), lambda: sorted([1, "a"]), lambda: sorted([3, 1], reverse=True), lambda: sorted(), lambda: sorted([1], [2]),
    lambda: list(iter([1, 2])), lambda: list(iter("ab")), lambda: iter(5), lambda: list(iter(iter([4]).__next__, 9)), lambda: iter(5, 1), lambda: iter(), lambda: next(iter(Box())),
    lambda: format(3.14159, ".2f"), lambda: format(42), lambda: format(Box(), "x"), lambda: format(5, 7), lambda: format(1, "q"), lambda: format(), lambda: format(1, "", 2), lambda: format("s", "^5"),
    lambda: list(enumerate([4, 5])), lambda: list(enumerate("ab")), lambda: list(enumerate(Seq())), lambda: enumerate(5), lambda: list(enumerate([1], 5)),
    lambda: type(enumerate([])).__name__, lambda: list(E([7])), lambda: type(E([])).__name__,
    lambda: list(reversed([1, 2, 3])), lambda: list(reversed((1, 2))), lambda: list(reversed("abc")), lambda: list(reversed(Seq())), lambda: list(reversed(Rev())),
    lambda: reversed(5), lambda: type(reversed({1: 2})).__name__, lambda: list(reversed({1: 2, 3: 4})), lambda: type(reversed(D())).__name__, lambda: list(reversed(range(4))), lambda: type(reversed(Seq())).__name__,
    lambda: list(zip([1, 2], "ab")), lambda: list(zip([1], [])), lambda: zip(1, [2]), lambda: zip([2], 1), lambda: list(zip(iter([1, 2, 3]), (4, 5))),
    lambda: list(map(abs, [-1, 2])), lambda: list(map(str.upper, "ab")), lambda: map(abs, 5), lambda: list(map(5, [1])), lambda: list(map(boom, [1])),
    lambda: list(filter(None, [0, 1, 2, ""])), lambda: list(filter(lambda x: x > 1, range(4))), lambda: filter(None, 5),
    lambda: list(enumerate("ab", 3)), lambda: list(enumerate([1], -2)), lambda: enumerate([1], "x"), lambda: enumerate(5, "x"), lambda: list(enumerate([1], True)),
    lambda: type(Z([1], [2])).__name__, lambda: list(Z([1], [2])), lambda: list(M(abs, [-3])), lambda: type(zip([], [])).__name__, lambda: type(map(abs, [])).__name__,
    lambda: list(zip([1, 2], [3], strict=False)), lambda: list(zip([1, 2], [3], strict=True)), lambda: list(map(pow, [2], [3])),
    lambda: {1: 2}.get(1), lambda: {1: 2}.get(3), lambda: {1: None}.get(1), lambda: {}.get([]), lambda: {1: 2}.get(1, 5), lambda: {}.get(), lambda: DD().get(1),
    lambda: (lambda d: (d.setdefault(1), d))({}), lambda: (lambda d: (d.setdefault(1, 9), d))({1: 2}), lambda: {}.setdefault([]),
    lambda: (lambda s: (s.add(3), sorted(s)))({1}), lambda: set().add([]), lambda: (lambda s: (s.add(1), s))(SS()), lambda: frozenset().add,
    lambda: (lambda l: (l.extend("ab"), l))([1]), lambda: [].extend(5), lambda: (lambda l: (l.extend(l), l))([1, 2]), lambda: (lambda l: (l.extend(x for x in range(3)), l))(LL()),
    lambda: [1, 2, 1].count(1), lambda: [[1], 2].count([1]), lambda: LL([3, 3]).count(3), lambda: [].count(),
]
for _ in range(250):
    out = []
    for c in calls:
        try:
            out.append(repr(c()))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
print("\n".join(out))
