# Sorting and comparing big integers of different magnitudes and signs.
vals = [10 ** 30, -10 ** 30, 2 ** 100, -(2 ** 100), 0, 1, -1, 10 ** 30 + 1, 3 ** 63]
print(sorted(vals))
print(max(vals), min(vals))
print(sorted(vals, key=abs)[-3:])
print(10 ** 30 < 10 ** 30 + 1, -10 ** 30 > -10 ** 30 - 1)
