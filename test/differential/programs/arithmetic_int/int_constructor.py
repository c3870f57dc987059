# int() from strings in several bases, with underscores, signs and whitespace.
print(int('42'), int('  -17  '), int('+8'), int('1_000_000'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('101', 2), int('777', 8), int('-0b11', 0))
print(int(3.99), int(-3.99), int(True), int(False))
print(int(), int('0'), int('00'), int('0', 0))
for bad in ['', '1.5', '0x', '08', '1__0', '_1', 'abc']:
    try:
        print(int(bad, 0) if bad == '08' else int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
