# True division of ints always yields floats, exact where representable.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print(10 ** 20 / 10 ** 10)
print((1 << 60) / 3)
print(type(4 / 2).__name__)
print(1 / -4, -1 / -4)
print(123456789 / 1000)
print(10 ** 400 // 10 ** 398, 10 ** 400 / 10 ** 398)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
