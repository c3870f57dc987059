# Ordering comparisons between unrelated types raise TypeError with operator names.
pairs = [(1, 'a'), ('a', 1), ([1], (1,)), (None, None), ({}, {}), (1.5, 'x'), ({1}, 1)]
ops = {'<': lambda a, b: a < b, '>=': lambda a, b: a >= b}
for a, b in pairs:
    for name, op in ops.items():
        try:
            op(a, b)
        except TypeError as e:
            print(type(e).__name__, e)
print(1 == 'a', [1] == (1,), None != 0)
