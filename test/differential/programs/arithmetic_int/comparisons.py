# Integer comparison operators including mixed int/float/bool comparisons.
print(3 < 5, 3 > 5, 3 == 3.0, 3 != 3, 2 <= 2, 2 >= 3)
print(True == 1, False == 0, True + True, True * 10)
print(10 ** 30 > 1e29, 10 ** 30 == 1e30, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(-0 == 0, 1 < 2 < 3, 3 > 2 > 2)
print(max(3, 7, -1), min(3, 7, -1))
print(sorted([5, -2, 0, 10 ** 20, -10 ** 20, 3]))
