# float(): from numbers, strings (with underscores, infinities, NaNs, any-script digits), bytes and objects.
def show(make):
    try:
        print(repr(make()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

print(float(), float(3), float(-0), float(True), float(2 ** 53 + 1), float(10 ** 308), float(-2.5), float(2 ** 1023 * 1.0))
for text in ['1.5', '  -2.25\n', '1_000.000_1', '1e5', '1E-5', '.5', '5.', '+0.0', '-0.0', 'inf', '-Infinity', 'nAn', '+nan',
             '1e400', '-1e400', '1e-400', '٣.١٤', '１e２', '0.1', '1.7976931348623157e308', '4.9e-324', '2.4703282292062328e-324']:
    show(lambda: float(text))
for text in ['', ' ', 'abc', '1_', '_1', '1__0', '1._5', '1e', 'e5', '0x10', '1.5j', 'in f', 'infinit', '--1', '1,5', 'nan(1)']:
    show(lambda: float(text))
print(float(b'2.5'), float(bytearray(b' -1e3 ')), float(b'inf'))
show(lambda: float(b'\xff'))
show(lambda: float(b'1\x00'))
show(lambda: float(None))
show(lambda: float([1.5]))
show(lambda: float(1j))
show(lambda: float(10 ** 400))
show(lambda: float(x=1))
show(lambda: float(1, 2))

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 2 ** 60

class BadFloat:
    def __float__(self):
        return 1

print(float(WithFloat()), float(WithIndex()))
show(lambda: float(BadFloat()))

print(float.fromhex('0x1.8p1'), float.fromhex('-0X.8p-1'), float.fromhex(' 1p10 '), float.fromhex('0x1.fffffffffffff8p1023') if False else '',
      float.fromhex('inf'), float.fromhex('-nan'), float.fromhex('0x1p-1074'), float.fromhex('0x3.p0'), float.fromhex('1.'))
show(lambda: float.fromhex('0x1p1024'))
show(lambda: float.fromhex('x'))
show(lambda: float.fromhex(''))
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.0 ** -1022, float('inf'), float('-inf'), float('nan')]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
print(float.__getformat__('double'), float.__getformat__('float'))
show(lambda: float.__getformat__('long'))
