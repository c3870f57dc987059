# Ints crossing the JS safe-integer boundary: results normalise, convert to float correctly rounded, and hash consistently.
SAFE = 2 ** 53 - 1
n = SAFE - 3
steps = []
while n < SAFE + 5:
    steps.append((n, n + 1 - 1, n * 1, float(n), n / 1, hash(n), n % 10, n // 7, -n, ~n))
    n += 1
for step in steps:
    print(step)

print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 54 + 2), float(2 ** 54 + 6), float(-(2 ** 63) - 1025), float(2 ** 64 - 1))
print(float(2 ** 1024 - 2 ** 970 - 1), 2 ** 1024 // 3 / 2 ** 1000, (2 ** 1000 + 1) / 2 ** 1000, (3 ** 200) / (2 ** 300), (10 ** 50 + 1) / (10 ** 30 + 7))
print(1 / 3 == (10 ** 100) / (3 * 10 ** 100), (2 ** 60 + 1) / 2 ** 60, -(2 ** 80 + 1) / 2 ** 20, (2 ** 2000) / (2 ** 1990 + 1))

def factorial(k):
    result = 1
    i = 2
    while i <= k:
        result *= i
        i += 1
    return result

f = factorial(120)
print(f, f.bit_length(), f % (10 ** 9 + 7), len(str(f)), str(f).count('0'), int(str(f)) == f, f // factorial(118), hash(f))
print(f == float(f), f < float(f), int(float(f)) - f, (f + 0.5) == float(f), f * 1.0 == float(f))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(factorial(60), 2 ** 100 * 3 ** 5), gcd(2 ** 89 - 1, 2 ** 61 - 1), gcd(-(10 ** 40), 10 ** 25 + 10 ** 24))
x = 1
for _ in [0] * 300:
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
print(x, x >> 32, x & 0xffffffff, x.bit_count(), -x // 2 ** 32, -x % 2 ** 32, x ^ (x >> 17), (x << 3) | 5)
print(pow(3, 10 ** 18, 2 ** 127 - 1), pow(2, 2 ** 64, 10 ** 9 + 9), pow(-7, 3, 2 ** 70), pow(2 ** 70, -1, 2 ** 89 - 1))
print(hex(f)[:20], oct(-f)[:20], bin(2 ** 70 + 1), int(hex(f), 16) == f, int(bin(-f), 0) == -f, f'{f:_x}'[-20:], f'{-f:,}'[:20])
print(2 ** 63, -(2 ** 63), 2 ** 64 - 1, hash(2 ** 63), hash(-(2 ** 63)), hash(2 ** 64 - 1), hash(2 ** 61 - 2), hash(-(2 ** 61 - 2)))
print(int(2 ** 53 + 1.0), int(-(2.0 ** 70)), int(1e23), round(2 ** 60 + 0.5), round(1e23), (2 ** 53 + 1) * 1.0 == 2 ** 53)
