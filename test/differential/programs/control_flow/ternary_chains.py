# Conditional expressions, short-circuit and/or returning operands.
print(0 or 'default', '' or [] or None, 1 and 2, 0 and 1 / 0, None or 0 or 'last')
print([] and 'x', 'a' and 'b' or 'c', not 'x', not '')
def side(v):
    print('eval', v)
    return v
print(side(0) or side(2) or side(3))
print(side(1) and side(0) and side(5))
x = 7
print('low' if x < 5 else 'mid' if x < 10 else 'high')
