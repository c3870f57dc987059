# Tuple comparisons are lexicographic; tuples of hashables are hashable.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 'a') == (1, 'a'))
d = {(1, 2): 'a', (1, (2, 3)): 'b'}
print(d[(1, 2)], d[1, (2, 3)])
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
