# str() of various objects and str() with encoding arguments.
print(str(), str(42), str(-0.5), str(None), str(True), str([1, 'a']), str((1,)), str({'k': 'v'}))
print(str(b'abc'), str(b'abc', 'ascii'), str(bytearray(b'xy'), 'utf-8'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', 'latin-1'))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str('x') is not None, type(str(1)).__name__)
