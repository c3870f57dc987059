# chr and ord across ASCII, Latin-1, BMP and astral planes, with errors.
for n in (65, 97, 48, 10, 233, 955, 8364, 128512, 0x10FFFF):
    c = chr(n)
    print(n, repr(c), ord(c) == n)
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
