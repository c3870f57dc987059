# Big sets iterate in CPython's slot order too: tables past 4,096 slots (which pyvm
# keeps in several chunks), grown, copied, merged, popped from and thinned by
# removals, with int and str members whose probes cross chunk boundaries.


def digest(members):
    # The order matters, not only the contents: a position-weighted sum.
    total = 0
    for position, member in enumerate(members):
        total = (total * 31 + hash(member) % 1_000_003 + position) % 2_147_483_647
    return total


ints = set(range(0, 300_000, 7))
words = {f"w{i * 7919 % 100_003}" for i in range(30_000)}
mixed = {i * 4099 for i in range(6_000)} | {i * 8192 for i in range(3_000)}
print(len(ints), digest(ints), len(words), digest(words), len(mixed), digest(mixed))

print(digest(ints | words), digest(words | ints), digest(ints & set(range(0, 300_000, 3))))
print(digest(ints - set(range(0, 300_000, 5))), digest(words ^ {f"w{i}" for i in range(0, 50_000, 3)}))

copied = words.copy()
for i in range(0, 100_003, 2):
    copied.discard(f"w{i}")
print(len(copied), digest(copied), digest(set(copied)), digest(frozenset(copied)))

popped = [ints.pop() for _ in range(5_000)]
print(digest(popped), len(ints), digest(ints))
ints.update(range(1, 400_000, 11))
print(len(ints), digest(ints), list(ints)[:5], list(ints)[-5:])

grown = set()
for i in range(20_000):
    grown.add(i * 65_537 % 1_000_003)
    if i % 3 == 0:
        grown.discard(i * 131 % 1_000_003)
print(len(grown), digest(grown))
print(digest({frozenset((i, i * 3)) for i in range(10_000)}))
