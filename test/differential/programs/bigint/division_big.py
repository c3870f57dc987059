# Division and modulo of big integers by small and big divisors with mixed signs.
a = 123456789012345678901234567890123456789
b = 987654321987654321
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (a, 7), (-a, 7), (b, a)]:
    print(x // y, x % y, divmod(x, y) == (x // y, x % y))
print(a * b // b == a, (a * b + 5) % b)
