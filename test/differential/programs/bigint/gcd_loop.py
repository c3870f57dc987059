# Euclid's algorithm on big integers, compared with math.gcd.
import math
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
x = 2 ** 64 * 3 ** 40 * 7
y = 2 ** 30 * 3 ** 55 * 11
print(gcd(x, y), math.gcd(x, y), gcd(x, y) == math.gcd(x, y))
print(math.lcm(x, y) == x * y // gcd(x, y))
print(math.isqrt(10 ** 50), math.isqrt(2 ** 201))
