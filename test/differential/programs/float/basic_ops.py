# Basic float arithmetic and the repr of the results.
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 3.0 - 2.9)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 0.5, 2 ** 0.5, 8.0 ** (1 / 3), 10.0 ** -3)
print(1e16 + 1, 1e16 + 2, 1e300 * 1e10, -1e300 * 1e10)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(5.0 / 2, 1 / 3.0, 2 / 7)
