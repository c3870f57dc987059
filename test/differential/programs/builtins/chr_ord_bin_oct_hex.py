# Number-to-string converters bin/oct/hex and chr/ord pairs.
for n in (0, 1, 7, 8, 255, -1, -256, 2 ** 40):
    print(n, bin(n), oct(n), hex(n))
print(int(bin(-37), 0), int(hex(2 ** 40), 16), int(oct(64)[2:], 8), int(oct(64), 0))
print([chr(c) for c in range(97, 102)], [ord(c) for c in 'AZaz09'])
try:
    bin(1.5)
except TypeError as e:
    print(type(e).__name__, e)
