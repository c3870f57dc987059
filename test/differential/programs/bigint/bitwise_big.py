# Bitwise operations on big and negative big integers.
a = (1 << 100) + 12345
b = -(1 << 90) - 7
print(a & b, a | b, a ^ b)
print(~a, ~b, a >> 37, b >> 37, b << 13)
print((a & -a).bit_length(), (b & 0xFFFF))
print(-1 & ((1 << 128) - 1) == (1 << 128) - 1)
