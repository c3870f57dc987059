# Set algebra with operators and methods; results printed sorted.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference('')))
print(a <= b, {3} <= a, {3} < {3}, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
