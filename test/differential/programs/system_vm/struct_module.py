# struct: byte orders, sizes and alignment, every format code, Struct objects,
# pack_into/unpack_from/iter_unpack, and the errors for bad formats, values and buffers.
import struct

print(struct.pack('<ihq', 1, -2, 3), struct.unpack('<ihq', struct.pack('<ihq', 1, -2, 3)))
print(struct.pack('>ihq', 1, -2, 3), struct.pack('!H', 513), struct.pack('=l', -1), struct.pack('@l', -1))
print([struct.calcsize(f) for f in ('@bhiq', '=bhiq', '@qb', '@b0q', 'P', '? e', '3s2p', '@ci', '<ci', 'x3xh', '0s', '10x')])
print(struct.pack('>d', 1.5), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', b'\x7f\xf0' + bytes(6)))
print(struct.pack('e', 1.5), struct.unpack('<e', b'\x00\x7c'), struct.pack('<e', 65519.99), struct.pack('<e', 1e-8), struct.pack('<e', 6e-8))
print([struct.pack('<e', x) for x in (0.1, 0.2, 1 / 3, 2049.0, 2050.0, 2051.0, 65504.0, 5.96e-8, 2.98e-8, 2.99e-8, -0.0, float('inf'))])
print([struct.unpack('<e', struct.pack('<H', bits))[0] for bits in (1, 0x3ff, 0x400, 0x7bff, 0x8001, 0xfc00)])
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('3s', b'abcdef'), struct.unpack('5p', b'\x09abcd'), struct.pack('0p', b'x'), struct.pack('1p', b'x'))
print(struct.pack('c?x?', b'z', 5, []), struct.unpack('c??', b'z\x00\x02'), struct.pack('s', bytearray(b'q')))
print(struct.pack('P', 5), struct.unpack('P', b'\1' * 8), struct.unpack('>Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8), struct.unpack('@n', b'\xff' * 8))
print(struct.pack('<i', True), struct.pack('<d', 3), struct.unpack('<bBhHiIlLqQ', bytes(range(1, 39))))

s = struct.Struct('<ih')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\1\0\0\0\2\0'), list(s.iter_unpack(b'\1\0\0\0\2\0' * 2)))
print(struct.Struct(b'>H').format, struct.Struct(format='2i').size, s.unpack_from(b'xx\1\0\0\0\2\0', 2))
iterator = struct.iter_unpack('>h', b'\0\1\0\2\0\3')
print(iterator.__length_hint__(), next(iterator), iterator.__length_hint__(), list(iterator))
target = bytearray(10)
struct.pack_into('<i', target, 2, 0x01020304)
struct.pack_into('>h', target, -2, 258)
print(target, struct.unpack_from('<h', b'\1\2\3\4', offset=2), struct.unpack_from('<h', b'\1\2\3\4', -2))
view = memoryview(bytearray(4))
struct.pack_into('<HH', view, 0, 1, 2)
print(bytes(view))

for mode in '@<>':
    for code, values in [('b', (128, -129)), ('B', (256, -1)), ('h', (32768, -32769)), ('H', (65536, -1)), ('i', (2**31, -2**31 - 1)),
                         ('I', (2**32, -1)), ('l', (2**63, 2**31)), ('L', (2**64, 2**32, -1)), ('q', (2**63, -2**63 - 1)), ('Q', (2**64, -1)),
                         ('n', (2**63,)), ('N', (2**64, -1)), ('P', (2**64, -1))]:
        if mode != '@' and code in 'nNP':
            continue
        for value in values:
            try:
                print(mode, code, value, struct.pack(mode + code, value))
            except struct.error as error:
                print(mode, code, value, 'error:', error)

attempts = [
    lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 1), lambda: struct.pack('s', 'x'), lambda: struct.pack('p', 1),
    lambda: struct.pack('f', 'x'), lambda: struct.pack('f', 1e300), lambda: struct.pack('<f', 1e300), lambda: struct.pack('e', 1e10),
    lambda: struct.pack('d', 'x'), lambda: struct.pack('d', 2**2000), lambda: struct.pack('i', 1.5), lambda: struct.pack('i'),
    lambda: struct.pack('ii', 1, 2, 3), lambda: struct.pack('z', 1), lambda: struct.pack('<n', 1), lambda: struct.pack('5', 1),
    lambda: struct.unpack('i', b'123'), lambda: struct.unpack('i', b'12345'), lambda: struct.unpack('i', 'abcd'),
    lambda: struct.unpack_from('i', b'12345', 3), lambda: struct.unpack_from('i', b'12345', -9), lambda: struct.unpack_from('i', b'12345', -2),
    lambda: struct.pack_into('i', bytearray(3), 0, 1), lambda: struct.pack_into('i', bytearray(8), 6, 1), lambda: struct.pack_into('i', bytearray(8), -2, 1),
    lambda: struct.pack_into('i', b'1234', 0, 1), lambda: struct.pack_into('i', bytearray(4)), lambda: struct.iter_unpack('i', b'12345'),
    lambda: struct.iter_unpack('', b'12345'), lambda: struct.Struct(5), lambda: struct.pack(), lambda: struct.calcsize(5), lambda: struct.unpack_from(),
    lambda: struct.pack('i', x=1), lambda: struct.Struct('i').pack_into(), lambda: struct.Struct('i').pack(x=1),
]
for attempt in attempts:
    try:
        print(attempt())
    except (struct.error, TypeError, OverflowError) as error:
        print(type(error).__name__, error)
print(struct.error.__module__, struct.error.__mro__[1].__name__, type(struct.iter_unpack('i', b'1234')).__name__)
