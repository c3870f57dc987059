# Right shifts of negative big integers round toward negative infinity.
n = -(10 ** 30) - 1
for k in (0, 1, 7, 64, 99, 100, 200):
    print(k, n >> k, (n >> k) == n // (2 ** k))
print((-1) << 200, (-3) << 65)
