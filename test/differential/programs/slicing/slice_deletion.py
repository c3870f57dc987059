# del with slices on lists including steps and negative ranges.
for sl in [slice(2, 5), slice(None, None, 2), slice(-3, None), slice(None, None, -3), slice(5, 2)]:
    a = list(range(8))
    del a[sl]
    print(sl, a)
