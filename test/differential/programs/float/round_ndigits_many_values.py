# round(x, n) over many magnitudes and digit counts: exact halves (which round to even on
# the exact binary value), values just beside them, dyadic fractions, huge and tiny
# values, negative n, digit counts past every double's precision, and the overflow of
# a value rounded past the largest double.
import random

random.seed(11)
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 2.675, 1.005, 0.045, 1e20, 9.99e20, 1e21, 1e22,
          1e300, 5e-324, -5e-324, 1.7976931348623157e308, 123.456, -123.456, 1 / 3]
values += [random.uniform(-1000, 1000) for _ in range(100)]
values += [random.random() * 10 ** random.randint(-30, 30) for _ in range(100)]
values += [random.randint(-9999, 9999) / 2 ** random.randint(0, 12) for _ in range(100)]
for value in values:
    rounded = []
    for n in (0, 1, 2, 3, 5, 10, 17, 20, 30, 100, 101, 300, 400, -1, -2, -5, -20, -308, -400):
        try:
            rounded.append(repr(round(value, n)))
        except OverflowError as error:
            rounded.append(f"OverflowError({error})")
    print(repr(value), " ".join(rounded))
