# Integer literal forms: hex, octal, binary, underscores, and their values.
print(0x1F, 0o17, 0b1011, 1_000, 0x_FF, 0b_1_0, 0O7, 0XaB)
print(00, 0_0, 123_456_789)
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(-8))
print(0xFFFFFFFFFFFFFFFFFFFF)
print(type(0x10).__name__)
x = 1_0
print(x * 0b1_0)
