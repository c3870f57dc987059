# float arithmetic with floats, ints and bools on either side, signed zeros, infinities and NaNs.
def show(compute):
    try:
        print(repr(compute()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

inf = float('inf')
nan = float('nan')
values = [0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, inf, -inf, 3, -7, True, 2 ** 60]
for a in values:
    row = []
    for b in values:
        if isinstance(a, int) and isinstance(b, int):
            continue
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b:
            row.append(a / b)
            row.append(a // b)
            row.append(a % b)
    print(a, row)

print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, divmod(-7.5, 2), divmod(7, -2.5), divmod(-0.0, 1.0), -0.0 % 5, 0.0 % -5)
print(1e300 * 1e10, -1e308 - 1e308, inf - inf, inf * 0, nan + 1, -nan, abs(-0.0), -(0.0), +(-0.0))
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, (-8.0) ** (1 / 3), 0.0 ** 0, nan ** 0, 1.0 ** nan, inf ** -1, (-inf) ** 3, 4 ** 0.5, 2 ** 0.5)
print(1.1 ** 2.2, 10.0 ** -300, 0.5 ** 1074, 0.5 ** 1075, (-1.0) ** inf, 0.99 ** inf, 1.01 ** -inf, (-0.0) ** -0.5 if False else '')
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0)
show(lambda: divmod(1.0, 0))
show(lambda: divmod(0, 0.0))
show(lambda: 5 / 0.0)
show(lambda: 0.0 ** -1)
show(lambda: (-0.0) ** -3)
show(lambda: 10.0 ** 400)
show(lambda: (-10.0) ** 401)
show(lambda: 2.0 ** 1024)
show(lambda: 1e308 * 10 ** 400)
show(lambda: 1.5 + 10 ** 400)
show(lambda: 10 ** 400 - 1.5)
show(lambda: 1.5 & 1)
show(lambda: 1.5 << 1)
show(lambda: 1.5 + 'x')
show(lambda: 1.5 @ 1.5)
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 3.0, 5))
show(lambda: pow(2, 3, 5.0))

x = 1.0
x += 1
x *= 2 ** 10
x /= 3
x //= 0.5
x -= True
x **= 0.5
x %= 7
print(x)
