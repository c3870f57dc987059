# if/elif/else chains with various truthy and falsy conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2:
        return 'odd'
    else:
        return 'even'
print([classify(n) for n in (-3, 0, 1, 2, 7)])
for v in (0, 1, '', 'x', [], [0], None, 0.0, -0.0, 1j, {}):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
print('big' if x > 3 else 'small', 'a' if 0 else 'b' if 1 else 'c')
