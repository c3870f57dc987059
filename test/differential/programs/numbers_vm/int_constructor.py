# int(): from numbers, strings in every base, bytes, and objects with __int__ / __index__.
def show(make):
    try:
        print(repr(make()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

print(int(), int(7), int(-2.99), int(2.99), int(True), int(1e20), int(-0.0))
print(int(' 12 '), int('-0'), int('+1_000'), int('\t42\n'), int('٣٤'), int('１２'))
print(int('zz', 36), int('Z', 36), int('0b1010', 0), int('0O17', 0), int('0x_fF', 0), int('0', 0), int('000', 0))
print(int('101', base=2), int('0b101', 2), int('0x10', 16), int('10', 16), int(b'  33 '), int(bytearray(b'-7')))
print(int('9' * 40), int('-' + '1' * 30, 8))
for text, base in [('', 10), (' ', 10), ('1 2', 10), ('1__2', 10), ('_1', 10), ('1_', 10), ('0x', 16),
                   ('012', 0), ('0_1', 0), ('12', 2), ('1.0', 10), ('inf', 10), ('x' * 250, 10)]:
    show(lambda: int(text, base))
show(lambda: int('1', 1))
show(lambda: int('1', 37))
show(lambda: int('1', -5))
show(lambda: int('1', 2 ** 80))
show(lambda: int('1', 2.0))
show(lambda: int('1', None))
show(lambda: int(5, 10))
show(lambda: int(base=10))
show(lambda: int(x='5'))
show(lambda: int('5', 10, 2))
show(lambda: int('5', bogus=1))
show(lambda: int(None))
show(lambda: int([1]))
show(lambda: int(1j))
show(lambda: int(float('nan')))
show(lambda: int(float('-inf')))
show(lambda: int(b'\xff1'))
show(lambda: int(b'1\x00'))
show(lambda: int('1' * 4301))
show(lambda: len(str(int('1' * 4300))))
show(lambda: int('1' * 5000, 16) > 0)
show(lambda: str(10 ** 4300))

class WithInt:
    def __int__(self):
        return 42

class WithIndex:
    def __index__(self):
        return -3

class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2

class BadInt:
    def __int__(self):
        return 'no'

class BadIndex:
    def __index__(self):
        return 1.5

print(int(WithInt()), int(WithIndex()), int(Both()))
show(lambda: int(BadInt()))
show(lambda: int(BadIndex()))
show(lambda: int('10', WithIndex()))
