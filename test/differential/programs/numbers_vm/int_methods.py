# The methods and attributes of int and bool, called directly and through the built-ins.
def show(compute):
    try:
        print(repr(compute()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

for n in [0, 1, -1, 255, -256, 2 ** 53, -(2 ** 64) + 1, 10 ** 30]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator,
          n.conjugate(), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__index__(), n.__int__(), n.__float__(),
          n.__abs__(), n.__neg__(), n.__pos__(), n.__invert__(), n.__bool__(), n.__sizeof__(), n.__getnewargs__())

print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes(), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, byteorder='little', signed=True), (2 ** 64).to_bytes(9))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255,), byteorder='little', signed=True), int.from_bytes(b''), int.from_bytes(bytearray(b'\x80')))
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00'))
show(lambda: (256).to_bytes(1, 'big'))
show(lambda: (-1).to_bytes(1, 'big'))
show(lambda: (128).to_bytes(1, 'big', signed=True))
show(lambda: (1).to_bytes(-1, 'big'))
show(lambda: (1).to_bytes(1, 'middle'))
show(lambda: (1).to_bytes(1, 7))
show(lambda: (1).to_bytes(1, 'big', True))
show(lambda: (1).to_bytes(length=1, length2=1))
show(lambda: int.from_bytes('abc', 'big'))
show(lambda: int.from_bytes([256], 'big'))
show(lambda: int.from_bytes([1.0], 'big'))
show(lambda: int.from_bytes(5, 'big'))
show(lambda: int.from_bytes())

print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 3), round(7, -10), round(10 ** 30 + 5 * 10 ** 9, -10))
print((15).__round__(), (15).__round__(-1), (25).__round__(-1), round(True), round(True, 2), round(-5, -1), round(15, -1))
show(lambda: (15).__round__(None))
show(lambda: (15).__round__(1.5))
show(lambda: (15).__round__(1, 2))

print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 40), hash(True), hash(False))
print(repr(5), str(-5), repr(2 ** 100), repr(True), str(False), int.__repr__(True), bool.__repr__(False))
print(format(255, 'x'), format(255, '#o'), format(-255, '08b'), format(1234567, ','), format(3, '.2f'), format(True, 'd'), format(True, ''), format(True, '>6'))
print(f'{10 ** 20:_}', f'{42:+}', f'{42:^9}', f'{-42:=8}', f'{65:c}', f'{2 ** 70:e}', f'{7:%}')
show(lambda: format(3, 'z'))
show(lambda: format(3, '.2'))
show(lambda: (3).__format__(3))
show(lambda: (3).__format__())

print((7).__add__(1), (7).__radd__(1), (7).__sub__(10), (7).__rsub__(10), (7).__mul__(2.0), (7).__truediv__(2), (7).__rtruediv__(2))
print((7).__floordiv__(2), (7).__rfloordiv__(30), (7).__mod__(3), (7).__rmod__(30), (7).__divmod__(2), (7).__rdivmod__(30))
print((7).__pow__(2), (7).__pow__(2, 5), (7).__rpow__(2), (7).__rpow__(2, 5), (7).__pow__(-1, 5), (7).__pow__(2, None))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__rand__(3), (6).__lshift__(2), (6).__rlshift__(2), (6).__rshift__(1), (6).__rrshift__(64))
print((7).__eq__(7), (7).__ne__(7.0), (7).__lt__(8), (7).__le__('x'), (7).__gt__(6), (7).__ge__(7))
print(True.__and__(False), True.__or__(0), True.__xor__(True), False.__rand__(1), True.__ror__(2))
show(lambda: (7).__add__())
show(lambda: (7).__add__(1, 2))
show(lambda: (7).__add__(x=1))
show(lambda: (7).__neg__(1))
show(lambda: (7).__pow__())
show(lambda: (7).__pow__(1, 2, 3))
show(lambda: (7).bit_length(1))
show(lambda: (7).__pow__(2, 0))
show(lambda: (7).__pow__(2.0, 5))

class Packed:
    def __bytes__(self):
        return b'\x01\x02'

class BadPacked:
    def __bytes__(self):
        return [1]

print(int.from_bytes(Packed(), 'big'), int.from_bytes(Packed(), 'little'), int(memoryview(b' 42 ')), float(memoryview(b'2.5')))
show(lambda: int.from_bytes(BadPacked()))
