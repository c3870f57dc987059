# Tuple packing and unpacking in assignments, returns and swaps.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 1, 9])
print(lo, hi)
a, b = 1, 2
a, b = b, a
print(a, b)
t = 1,
(c,) = t
print(c, t)
x = y = 0,
print(x, y, x is y)
