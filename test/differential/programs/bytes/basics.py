# bytes literals, indexing (ints), slicing (bytes), and repr escapes.
b = b'hello\x00\xff\n\t\'"'
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('abc', 'ascii'), bytes())
print(b'a' + b'b', b'ab' * 3, b'x' in b'xyz', 120 in b'xyz', b'' in b'a')
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
