# Unary plus, minus and invert on ints and bools.
for v in (0, 1, -1, 7, True, False, 2 ** 64):
    print(repr(v), +v, -v, ~v, type(+v).__name__, type(-v).__name__)
print(- - 3, + - 3, ~~5, -(-(-2)))
x = 5
x = -x
print(x, -x, abs(x))
