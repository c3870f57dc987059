# Tuples: creation, single-element syntax, indexing, count/index, immutability.
t = (1, 'two', 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], (), (5,), 5, tuple('ab'))
print(t.count(1), t.index(3.0), (1, 2) + (3,), (0,) * 3)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index('x')
except ValueError as e:
    print(type(e).__name__, e)
u = 1, 2, 3
print(type(u).__name__, u)
