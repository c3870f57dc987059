# Integer powers: negative exponents give floats, zero powers, and three-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 4)
print(2 ** -1, 10 ** -2, (-2) ** -3)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
print(pow(2, 100, 1000000007))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(pow(5, 0, 1), pow(0, 0, 3))
