# Set mutation methods: add, discard, remove, pop, update variants.
s = {5}
s.add(1); s.add(5); s.update([2, 3], {4})
print(sorted(s), len(s))
s.discard(99); s.remove(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
s.intersection_update({2, 3, 4, 8}); print(sorted(s))
s.difference_update([2]); print(sorted(s))
s.symmetric_difference_update({4, 10}); print(sorted(s))
s |= {7}; s &= {3, 7, 10}; s -= {10}; s ^= {1}
print(sorted(s))
e = set()
try:
    e.pop()
except KeyError as e2:
    print(type(e2).__name__, e2)
