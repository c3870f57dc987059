# Chained comparisons evaluate the middle operand once and short-circuit.
def v(x):
    print('eval', x)
    return x
print(1 < v(2) < 3)
print(1 < v(0) < v(3))
print(v(1) == v(1) == v(2))
print(1 < 2 > 0 != 5 >= 5 <= 6)
x = 5
print(0 <= x < 10, 0 < x < 3, x is not None is not False)
print(1 in [1, 2] in [[1, 2]], 'a' < 'b' < 'c')
