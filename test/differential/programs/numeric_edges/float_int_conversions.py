# Boundary conversions between float and int near 2**53 and huge values.
for n in (2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 2 ** 64 + 1, 10 ** 22, 10 ** 23):
    f = float(n)
    print(n, repr(f), int(f), int(f) == n, f == n)
print(int(1e300) == 10 ** 300, int(1.5e300) % 1000, float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print(type(e).__name__, e)
