# round() on floats: half-even, ndigits, negative ndigits, and representation artifacts.
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375):
    print(x, round(x), round(x, 2), round(x, 1))
print(round(1234.5678, -2), round(1234.5678, -5), round(-1234.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e300, -300), round(5e-324, 400))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
