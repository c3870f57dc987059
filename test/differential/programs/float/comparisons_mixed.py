# Float comparisons with ints, including precision boundary cases.
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(1 == 1.0, 1 < 1.5 < 2, -1.0 < -1 + 1e-15)
print(sorted([3, 1.5, -2, 0.0, 2.25, True]))
print(float(10 ** 16) == 10 ** 16, float(10 ** 16 + 1) == 10 ** 16 + 1)
print(max(1, 1.0), min(1.0, 1), max(2, 2.0), type(max(2, 2.0)).__name__)
