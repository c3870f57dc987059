# index with start/stop, count of nested lists, and list multiplication by negative numbers.
a = [1, 2, 1, 2, 1]
print(a.index(1), a.index(1, 1), a.index(1, -2), a.index(2, 0, 2))
try:
    a.index(2, 4)
except ValueError as e:
    print(type(e).__name__, e)
print([[1]] * 2 == [[1], [1]], [1, 2] * -1, [0] * 0, [[1], [1]].count([1]))
big = [None] * 1000
print(len(big), big.count(None), big[-1])
