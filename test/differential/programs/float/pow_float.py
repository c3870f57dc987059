# Powers with float bases and exponents, fractional and negative.
print(4 ** 0.5, 8 ** (1 / 3), 2 ** -0.5, 0.5 ** 2, (-2.0) ** 3, (-2.0) ** -2)
print(0.0 ** 0, 0.0 ** 0.0, 1.0 ** float('inf'), float('inf') ** 0, float('nan') ** 0)
print(pow(2.0, 3), pow(2, 3.0), pow(9, 0.5))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
