# Negative steps with various bounds on lists, strings and ranges.
a = list(range(10))
for sl in [(None, None, -1), (8, 2, -2), (-1, -5, -1), (2, 8, -1), (None, 3, -3), (5, None, -2), (100, -100, -4)]:
    s = slice(*sl)
    print(sl, a[s], 'abcdefghij'[s], list(range(10)[s]))
