# sorted() and list.sort() of short lists (0 to 19 items) of small ints and of short strs
# with non-ASCII characters, both ways: every length a short list's sort and a long
# one's take, with repeated items.
import random
random.seed(7)
out = []
for n in range(0, 20):
    for trial in range(10):
        ints = [random.randint(-50, 50) for _ in range(n)]
        strs = ["".join(random.choice("abAB\u00e9\u4e2d") for _ in range(random.randint(0, 3))) for _ in range(n)]
        out.append((sorted(ints), sorted(ints, reverse=True), sorted(strs), sorted(strs, reverse=True)))
        l = list(ints); l.sort(); out.append(l)
for entry in out:
    print(entry)
