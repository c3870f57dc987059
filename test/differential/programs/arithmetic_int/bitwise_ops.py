# Bitwise and, or, xor, invert and shifts, including negative operands.
vals = [0, 1, 5, -1, -6, 255, 1 << 40]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a & 0xF0, a | 3, a ^ -1)
print(-1 >> 100, 1 >> 100, -(1 << 70) >> 69)
print((1 << 64) - 1 & -(1 << 32))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -3)
except ValueError as e:
    print(type(e).__name__, e)
