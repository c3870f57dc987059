# int() of bytes-like objects with and without a base; float subclasses that take
# keywords in __init__; correctly rounded int true division into the subnormal range;
# math.isqrt of huge ints; math.remainder near the top of the float range; signed NaNs.
import array
import math

for data in (b'101', bytearray(b'101'), memoryview(b'101'), array.array('B', b'101')):
    print(type(data).__name__, int(data))
    try:
        print(' base 2:', int(data, 2))
    except TypeError as error:
        print(' base 2:', error)
for data in (memoryview(b'12 x'), array.array('B', b'zz')):
    try:
        int(data)
    except ValueError as error:
        print(error)


class Celsius(float):
    def __init__(self, value, unit='C'):
        self.unit = unit


reading = Celsius(21.5, unit='K')
print(reading, reading.unit, type(reading).__name__)
try:
    float(x=1.0)
except TypeError as error:
    print(error)
try:
    Celsius(1.0, 'C', 'extra')
except TypeError as error:
    print(error)

print((75312 * 2**0).__truediv__(69187 * 2**1100).hex())
print((1).__truediv__(3 * 2**1074), (2).__truediv__(3 * 2**1074), 3 / 2**1076, -5 / 2**1080)
print(2**1075 // 2**1074 / 2**1076)
print((10**400 // 7) / 10**100)
try:
    print(2**2000 / 3)
except OverflowError as error:
    print(error)

for value in (0, 1, 15, 16, 2**52 + 1, 2**106 - 1, 2**200 + 3, 3**999, 10**700):
    root = math.isqrt(value)
    print(value.bit_length(), root * root <= value < (root + 1) * (root + 1), root % 1000003)

for x, y in (('0x1.ep+1023', '0x1.4p+1023'), ('0x1.fp+1023', '0x1.4p+1023'), ('0x1.8p+0', '0x1p+0'),
             ('0x1.4p+1', '0x1p+0'), ('-0x1p-1074', '0x1p-1073'), ('0x1.fffffffffffffp+1023', '0x1p-1074')):
    print(math.remainder(float.fromhex(x), float.fromhex(y)).hex())

print(math.copysign(1.0, float('nan')), math.copysign(1.0, float('-nan')), math.copysign(1.0, -math.nan))
print(math.copysign(2.0, math.copysign(math.nan, -1.0)), math.copysign(3.0, -0.0))
