# repr of bytes and bytearray picks quotes and escapes like CPython.
for b in [b'', b"'", b'"', b'\'"', b'\\', bytes(range(0, 256, 17)), b'\r\n\t\x0b']:
    print(repr(b), repr(bytearray(b)))
print(str(bytearray(b'ab')), ascii(b'\x80'))
print(repr(b'\x7f\x80'), repr(bytearray()), repr(bytes([39, 34, 92])))
for i in (0, 9, 10, 13, 31, 32, 126, 127):
    print(i, repr(bytes([i])))
