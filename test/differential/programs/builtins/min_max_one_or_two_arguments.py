# min() and max() of one iterable and of two values, in a loop (compiled code calls their
# direct forms): the first of equal items wins, objects compared by their own __lt__/__gt__,
# mixed numbers, strs, iterators, and the errors of empty and non-iterable arguments and
# of unorderable pairs; with key= and default= too.
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"K({self.v})"
vals = [K(3), K(1), K(3), K(1)]
for _ in range(300):
    out = [max(vals), min(vals), max(vals[0], vals[2]), min(vals[1], vals[3]), max(1, 2.5), min("b", "a"), max([5]), min((2, 1)), max(iter([4, 9, 2])), max("hello"), min(3, 3.0), max(3.0, 3)]
    for bad in ([], (), 5, None):
        try: out.append(max(bad))
        except (ValueError, TypeError) as e: out.append(str(e))
    try: out.append(min(1, "a"))
    except TypeError as e: out.append(str(e))
print(out, [id(x) == id(vals[0]) for x in out[:1]], out[0] is vals[0], out[1] is vals[1], out[2] is vals[0], out[3] is vals[1])
print(max(vals, key=lambda k: -k.v), min([], default=7), max(1, 2, 3, key=lambda x: -x))
