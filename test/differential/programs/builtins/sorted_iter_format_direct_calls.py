# sorted, iter and format called with the one or two arguments compiled code passes
# directly, and with keywords and wrong counts: results from lists, strs, dicts and a class
# of our own, and the errors as CPython words them.
class Box:
    def __format__(self, spec): return f"<{spec}>"
    def __iter__(self): return iter([3, 1, 2])
calls = [
    lambda: sorted([3, 1, 2]), lambda: sorted("cba"), lambda: sorted({2: 0, 1: 0}), lambda: sorted(Box()), lambda: sorted(5), lambda: sorted([1, "a"]), lambda: sorted([3, 1], reverse=True), lambda: sorted(), lambda: sorted([1], [2]),
    lambda: list(iter([1, 2])), lambda: list(iter("ab")), lambda: iter(5), lambda: list(iter(iter([4]).__next__, 9)), lambda: iter(5, 1), lambda: iter(), lambda: next(iter(Box())),
    lambda: format(3.14159, ".2f"), lambda: format(42), lambda: format(Box(), "x"), lambda: format(5, 7), lambda: format(1, "q"), lambda: format(), lambda: format(1, "", 2), lambda: format("s", "^5"),
]
for _ in range(250):
    out = []
    for c in calls:
        try:
            out.append(repr(c()))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
print("\n".join(out))
