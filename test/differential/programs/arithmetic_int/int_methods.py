# Methods on int: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio.
for n in (0, 1, 5, 255, 256, -1, -256, 2 ** 70):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print((-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((5).conjugate(), int.__name__)
