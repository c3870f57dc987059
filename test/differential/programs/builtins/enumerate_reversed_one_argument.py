# enumerate(x) and reversed(x) called with one argument (which compiled code calls directly)
# and otherwise: lists, strs, sequences with only __getitem__, __reversed__, dicts and
# their subclasses, subclasses of enumerate, and the errors of what is not iterable or not
# reversible.
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class Rev:
    def __reversed__(self): return iter("zyx")
class E(enumerate): pass
class D(dict): pass
calls = [
    lambda: list(enumerate([4, 5])), lambda: list(enumerate("ab")), lambda: list(enumerate(Seq())), lambda: enumerate(5), lambda: list(enumerate([1], 5)),
    lambda: type(enumerate([])).__name__, lambda: list(E([7])), lambda: type(E([])).__name__,
    lambda: list(reversed([1, 2, 3])), lambda: list(reversed((1, 2))), lambda: list(reversed("abc")), lambda: list(reversed(Seq())), lambda: list(reversed(Rev())),
    lambda: reversed(5), lambda: type(reversed({1: 2})).__name__, lambda: list(reversed({1: 2, 3: 4})), lambda: type(reversed(D())).__name__, lambda: list(reversed(range(4))), lambda: type(reversed(Seq())).__name__,
]
for _ in range(250):
    out = []
    for c in calls:
        try:
            out.append(repr(c()))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
print("\n".join(out))
