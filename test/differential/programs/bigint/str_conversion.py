# str() and int() round trips for big integers, including CPython's 4300-digit limit.
n = 7 ** 500
s = str(n)
print(len(s), s[:20], s[-20:])
print(int(s) == n, int('-' + s) == -n)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(hex(big)[:12], len(hex(big)))
