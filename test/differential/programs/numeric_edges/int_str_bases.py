# int parsing in bases 2-36 and conversion of extreme values.
for base in (2, 3, 8, 16, 36):
    print(base, int('1' * 20, base), int('-10', base))
print(int('ZZZZ', 36), int('zz', 36), int('  0x_ff  ', 16))
print(int('٣٤', 10), int('１２', 10), float('١.٥'))
try:
    int('2', 2)
except ValueError as e:
    print(type(e).__name__, e)
