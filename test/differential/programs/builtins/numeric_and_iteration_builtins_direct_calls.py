# abs, divmod, pow, round, sum, any, all, hash, callable and id called with the argument
# counts compiled code calls directly (one or two positional arguments) and with the
# others: values, dunder methods of a class of our own, keywords, and each wrong count or
# type's error as CPython words it.
import math
class R:
    def __round__(self, n=None): return ("R", n)
    def __abs__(self): return "abs!"
    def __divmod__(self, o): return ("dm", o)
    def __pow__(self, o): return ("pow", o)
calls = [
    lambda: abs(-3), lambda: abs(-2.5), lambda: abs(R()), lambda: abs("x"), lambda: abs(), lambda: abs(1, 2),
    lambda: divmod(7, -2), lambda: divmod(7.5, 2), lambda: divmod(R(), 3), lambda: divmod(1), lambda: divmod("a", 1), lambda: divmod(1, 0),
    lambda: pow(2, 10), lambda: pow(2, -1), lambda: pow(2, 3, 5), lambda: pow(R(), 2), lambda: pow(2), lambda: pow(base=2, exp=3), lambda: pow(0, -1),
    lambda: round(2.5), lambda: round(3.14159, 2), lambda: round(7), lambda: round(7, -1), lambda: round(R()), lambda: round(R(), 3), lambda: round(2.5, None), lambda: round("x"), lambda: round(), lambda: round(1.5, ndigits=0), lambda: round(number=2.675, ndigits=2), lambda: round(float("inf")),
    lambda: sum([1, 2, 3]), lambda: sum([1.5, 2]), lambda: sum([[1], [2]], []), lambda: sum(["a"], ""), lambda: sum(x for x in range(5)), lambda: sum([1], start=10), lambda: sum(), lambda: sum(5), lambda: sum([1], 2, 3), lambda: sum([b"a"], b""),
    lambda: any([0, 0, 1]), lambda: all([]), lambda: any(5), lambda: all(x > 1 for x in [2, 3]), lambda: any(),
    lambda: hash(5), lambda: hash("abc") == hash("abc"), lambda: hash([]), lambda: hash(), lambda: callable(len), lambda: callable(5), lambda: callable(),
    lambda: id(5) == id(5), lambda: id(),
]
for _ in range(250):
    out = []
    for c in calls:
        try:
            out.append(repr(c()))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
print("\n".join(out))
