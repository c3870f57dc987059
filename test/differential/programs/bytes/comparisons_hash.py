# bytes compare lexicographically, equal bytes/bytearray compare equal, and bytes are hashable.
print(b'abc' < b'abd', b'ab' < b'abc', b'\xff' > b'\x00', b'a' == bytearray(b'a'))
print(sorted([b'b', b'a', b'ab', b'']), max(b'hello'), min(b'hello'))
d = {b'k': 1}
print(d[b'k'], b'a' == 'a', b'a' != 'a')
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' < 'a'
except TypeError as e:
    print(type(e).__name__, e)
