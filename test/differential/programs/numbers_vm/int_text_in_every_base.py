# int(text, base) for every base: short digit runs near the largest a double holds
# exactly, signs, spaces, underscores, prefixes, digits out of the base, and bytes.
import math

for base in range(2, 37):
    safe = math.floor(53 / math.log2(base))
    top = 'z'[0] if base == 36 else '0123456789abcdefghijklmnopqrstuvwxyz'[base - 1]
    for count in (1, safe - 1, safe, safe + 1, safe + 5):
        text = top * count
        print(base, count, int(text, base), int('-' + text, base), int('+' + text.upper(), base))
    print(base, int('10', base), int('-0', base), int(' 1_0 ', base))

cases = ['', '-', '+', ' ', '1 0', '_1', '1_', '1__0', '0x10', '0b101', '0o17', '12a', '٣', ' ٣٤ ', '-\t7\n']
for base in (0, 2, 8, 10, 16, 36):
    for text in cases:
        try:
            print(base, repr(text), int(text, base))
        except ValueError as error:
            print(base, repr(text), 'ValueError:', error)

for data in (b'101', bytearray(b'ff'), b'-7f', b'1\xff', b' 12 ', bytes(range(0x30, 0x3a))):
    for base in (2, 10, 16):
        try:
            print(data, base, int(data, base))
        except ValueError as error:
            print(data, base, 'ValueError:', error)

bits = b'0' + b'1' * 255
charmap = bytearray(256)
for i in range(0, 40, 3):
    charmap[i] = 1
s = charmap.translate(bits)[::-1]
print([int(s[i - 32: i], 2) for i in range(len(s), 0, -32)])
