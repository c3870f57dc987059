# divmod, pow with modulus, and abs across numeric types.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(10, 2, 7), pow(3, 200, 13), pow(-1, 0.5))
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(-0.0), abs(False), abs(-10 ** 30))
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
