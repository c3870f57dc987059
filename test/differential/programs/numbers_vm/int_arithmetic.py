# int arithmetic at the edges of the JS safe-integer range and beyond, with every operator.
def show(compute):
    try:
        print(repr(compute()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

SAFE = 2 ** 53 - 1
values = [0, 1, -1, 7, -7, 2 ** 31, SAFE, -SAFE, SAFE + 1, -(SAFE + 2), 3 ** 70, -(5 ** 60)]
for a in values:
    for b in values:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b, a == b, a < b, a >= b]
        if b:
            row += [a // b, a % b, divmod(a, b), a / b]
        print(row)

print(~SAFE, ~-SAFE, -(-SAFE - 1), ~0, ~(2 ** 64), -(2 ** 64))
print(SAFE + 1 - 1, (SAFE + 1) // 2, (SAFE * 2) >> 1, 1 << 53, 1 << 100, (1 << 100) >> 99, -1 >> 200, -(2 ** 70) >> 3)
print(5 << 0, 0 << 1000, 12345 >> 64, -12345 >> 64, 3 >> 1, -3 >> 1)
print(2 ** 0, 0 ** 0, 2 ** 62, (-2) ** 63, 7 ** 19, 3 ** 34, (-1) ** (10 ** 20), 1 ** (2 ** 100), 0 ** 5)
print(2 ** -1, (-2) ** -3, 10 ** -2, 4 ** 0.5, (-8) ** (1 / 3))
print(7 / 2, -7 / 2, 10 ** 30 / 10 ** 28, (10 ** 400 + 1) / 10 ** 399, 1 / 3, 2 ** 1023 * 2 // 2 ** 1023)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, -(2 ** 80) // 3, -(2 ** 80) % 3)
print(True + True, True * 10, False - True, True / 2, True // True, -True, ~True, +True, abs(-True))
print(True & True, True & 2, True | False, False ^ True, 3 & True, type(True & False).__name__, type(1 & True).__name__)

show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1 / 0)
show(lambda: divmod(10 ** 30, 0))
show(lambda: (10 ** 30) % 0)
show(lambda: 0 ** -1)
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 10 ** 400 / 3)
show(lambda: 10 ** 400 * 1.0)
show(lambda: 2 ** (10 ** 400) if False else (10 ** 400) ** -1)
show(lambda: 1 + 'a')
show(lambda: 'a' * 2.0)
show(lambda: 1 @ 2)
show(lambda: [1] * (2 ** 100))
show(lambda: ~1.5)
show(lambda: -'x')
show(lambda: 2 ** 'x')

x = 5
x += 2 ** 60
x *= 3
x //= 7
x -= 1.5
print(x)
y = 7
y **= 2
y %= 10
y <<= 70
y >>= 68
y |= 1
y &= 0xff
y ^= 0x0f
print(y)
