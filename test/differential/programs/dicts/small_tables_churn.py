# Dicts that stay small and dicts that grow past a few entries, with keys of every kind
# (strs, ints, bools, floats, None, tuples, objects equal to ints), inserted, replaced,
# deleted, copied and merged: lookups must find every live key whether the dict is small
# or has just grown, and order and values must be CPython's.
import random


class IntLike:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return other == self.n if not isinstance(other, IntLike) else other.n == self.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return f"IntLike({self.n})"


random.seed(11)
keys = ["a", "b", "ab", "ba", "key", "kez", 0, 1, 2, -1, 2 ** 40, True, False, 1.0, 2.5,
        None, (1, 2), ("a",), IntLike(2), IntLike(7), "x" * 20, "x" * 19 + "y"]
checksum = 0
for trial in range(300):
    size = random.randrange(1, 14)
    d = {}
    for step in range(size * 4):
        key = random.choice(keys)
        op = random.random()
        if op < 0.55:
            d[key] = step
        elif op < 0.75:
            d.pop(key, None)
        elif op < 0.85:
            d = dict(d) if random.random() < 0.5 else {**d}
        elif op < 0.95:
            d.setdefault(key, -step)
        else:
            d.update({random.choice(keys): step, random.choice(keys): -step})
        for probe in keys:
            if probe in d:
                checksum += d[probe] * (keys.index(probe) + 1)
    checksum %= 1_000_000_007
    if trial % 50 == 0:
        print(trial, d)
print(checksum)
kw = dict(alpha=1, beta=2)
kw.update(gamma=3)
print(kw, dict(kw, delta=4), {**kw, "alpha": 0})
