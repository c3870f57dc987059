# The order sets iterate in: CPython's table slots, through collisions, growth,
# deletions (dummy slots reused by later additions) and pop()'s moving finger.
# PYTHONHASHSEED=0 makes str hashes, and so these orders, reproducible.

ints = set()
for n in [5, 13, 21, 29, 37, 8, 16, 1, 9, 17, 25, 33, 41, 49, 57, 65, 73]:
    ints.add(n)
    print(list(ints))

for n in [13, 29, 1, 17]:
    ints.discard(n)
print('after discards', list(ints))
for n in [61, 45, 13, 100, 4]:
    ints.add(n)
print('after re-adding', list(ints))

popped = [ints.pop() for _ in range(5)]
print('popped', popped, 'left', list(ints))
ints.add(popped[0])
ints.add(999)
print('after pop and add', list(ints), ints.pop(), ints.pop())

words = set()
for word in 'the quick brown fox jumps over the lazy dog and keeps on running far away'.split():
    words.add(word)
print(list(words))
words.difference_update(['quick', 'lazy', 'far', 'absent'])
print(list(words))
words.update(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'])
print(list(words))
print([words.pop() for _ in range(4)], list(words))

pairs = {(x, y) for x in range(4) for y in 'ab'}
print(list(pairs))
pairs -= {(1, 'a'), (2, 'b')}
pairs |= {(9, 'z'), (0, 'q')}
print(list(pairs))

mixed = {3, 'three', 3.5, (3,), None, -3, 2 ** 64, -2 ** 63, frozenset({3})}
print(list(mixed))
mixed.remove(None)
mixed.add(False)
print(list(mixed))

negatives = {-1, -2, -3, -9, -17, -1000000, 2 ** 61 - 1, 2 ** 61, 2 ** 62}
print(list(negatives))

# Growth: a set that grows by one at a time, and one built from a bigger set at once.
growing = set()
for n in range(0, 400, 7):
    growing.add(n * 31 % 1000)
print(list(growing)[:20], len(growing))
print(list(set(growing))[:20], list(growing.copy())[:20], list(frozenset(growing))[:20])

# Many deletions, then a rebuild: difference_update drops the dummies when they crowd the table.
big = set(range(100))
big.difference_update(range(0, 100, 3))
print(list(big)[:15])
for n in range(1, 100, 3):
    big.discard(n)
big.add(500)
big.add(3)
print(list(big))

# A set filled from a dict takes its hashes, after growing once.
d = dict.fromkeys(['k%d' % n for n in range(12)], 0)
print(list(set(d)), list(set(d.keys())), list(set(d.items()))[:3])

# Iteration order of the results of operations.
a = {n * 3 for n in range(30)}
b = {n * 5 for n in range(30)}
print(list(a | b)[:20])
print(list(a & b), list(b & a))
print(list(a - b)[:10], list(a ^ b)[:10], list(b ^ a)[:10])
print(list(a.intersection(range(0, 90, 2))), list(a.symmetric_difference(range(10))))
