# Hashes of equal big ints, floats and negative values agree with each other.
for n in (2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 80), 10 ** 40):
    print(hash(n) == hash(float(n)) if float(n) == n else 'inexact', hash(n) == hash(n + 0), hash(-1) == hash(-2))
print(hash(2 ** 70) == hash(2 ** 70 + 0), {2 ** 100: 'a'}[2 ** 100])
print(len({2 ** 64, 2.0 ** 64, 2 ** 64 + 0}))
