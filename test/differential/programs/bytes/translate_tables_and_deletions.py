# bytes.translate and bytearray.translate: a table, no table (None), bytes to delete,
# and the errors of a table of the wrong size.
table = bytes.maketrans(b'abc', b'xyz')
upper = bytes(range(256)).upper()
for data in (b'', b'aabbcc', b'the cab', bytes(range(256)), b'\x00\xff' * 40):
    for kind in (bytes, bytearray):
        item = kind(data)
        print(kind.__name__, item.translate(table)[:20], item.translate(None, b'a\x00')[:20],
              item.translate(upper, b'ct')[:20], type(item.translate(table)).__name__,
              len(item.translate(None, bytes(range(0, 256, 2)))))
print(b'keep'.translate(None), b'drop all'.translate(None, b'drop al'))
print(bytearray(b'xyz').translate(memoryview(table), delete=b'y'))
for bad in (b'short', bytes(257)):
    try:
        b'abc'.translate(bad)
    except ValueError as error:
        print('ValueError:', error)
try:
    b'abc'.translate(b'short', 5)
except (ValueError, TypeError) as error:
    print(type(error).__name__, error)
