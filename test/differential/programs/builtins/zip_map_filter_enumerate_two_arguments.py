# zip, map, filter and enumerate called with two arguments (which compiled code calls
# directly) and otherwise: results, subclasses, keywords (strict=), and the errors of
# arguments that are not iterable or not integers, in the order CPython checks them.
class Z(zip): pass
class M(map): pass
def boom(x): raise ValueError("boom %r" % (x,))
calls = [
    lambda: list(zip([1, 2], "ab")), lambda: list(zip([1], [])), lambda: zip(1, [2]), lambda: zip([2], 1), lambda: list(zip(iter([1, 2, 3]), (4, 5))),
    lambda: list(map(abs, [-1, 2])), lambda: list(map(str.upper, "ab")), lambda: map(abs, 5), lambda: list(map(5, [1])), lambda: list(map(boom, [1])),
    lambda: list(filter(None, [0, 1, 2, ""])), lambda: list(filter(lambda x: x > 1, range(4))), lambda: filter(None, 5),
    lambda: list(enumerate("ab", 3)), lambda: list(enumerate([1], -2)), lambda: enumerate([1], "x"), lambda: enumerate(5, "x"), lambda: list(enumerate([1], True)),
    lambda: type(Z([1], [2])).__name__, lambda: list(Z([1], [2])), lambda: list(M(abs, [-3])), lambda: type(zip([], [])).__name__, lambda: type(map(abs, [])).__name__,
    lambda: list(zip([1, 2], [3], strict=False)), lambda: list(zip([1, 2], [3], strict=True)), lambda: list(map(pow, [2], [3])),
]
for _ in range(250):
    out = []
    for c in calls:
        try:
            out.append(repr(c()))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
print("\n".join(out))
