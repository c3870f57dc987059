# round() on ints, floats with ndigits, and objects with __round__.
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7, -1), round(0.5 + 1e-16))
print(round(123.456, -1), round(123.456, 0), round(-0.0), round(1e20), round(2 ** 60 + 0.0))
print(type(round(3.7)).__name__, type(round(3.7, 1)).__name__, type(round(3, 1)).__name__)
try:
    round('1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
