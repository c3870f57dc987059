# str() construction: from objects through __str__/__repr__, and decoding bytes.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return f"Point({self.x}, {self.y})"


class OnlyRepr:
    def __repr__(self):
        return "<only repr>"


class BadStr:
    def __str__(self):
        return 42


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(str()), repr(str('')), str(12), str(-3.5), str(None), str(True), str([1, 'a']))
print(str(Point(1, 2)), str(OnlyRepr()))
attempt('bad __str__', lambda: str(BadStr()))
print(str(object='kw'), repr(str(encoding='ascii')), repr(str(errors='ignore')))

data = 'naïve café – 😀'.encode('utf-8')
print(str(data, 'utf-8'), str(data, encoding='UTF8'), str(bytearray(data), 'utf_8'))
print(str(b'\xff\xfeh\x00i\x00', 'utf-16'), str(b'plain', 'ascii'), str(b'\xe9t\xe9', 'latin-1'))
print(str(b'abc\xffdef', 'utf-8', 'replace'), str(b'abc\xffdef', 'utf-8', 'ignore'))
print(str(b'abc\xffdef', 'ascii', 'backslashreplace'), str(b'\xe2\x82', errors='replace'))
print(repr(str(b'x\xed\xa0\x80y', 'utf-8', 'surrogateescape')))
print(str(b'caf\xc3\xa9', errors='strict'))

attempt('decode int', lambda: str(5, 'utf-8'))
attempt('decode str', lambda: str('abc', 'utf-8'))
attempt('unknown encoding', lambda: str(b'abc', 'no-such-codec'))
attempt('bad encoding type', lambda: str(b'abc', 7))
attempt('bad errors type', lambda: str(b'abc', 'utf-8', 7))
attempt('invalid start', lambda: str(b'ok\x80', 'utf-8'))
attempt('truncated', lambda: str(b'ok\xe2\x82', 'utf-8'))
attempt('bad continuation', lambda: str(b'\xe2\x28\xa1', 'utf-8'))
attempt('ascii range', lambda: str(b'abc\xe9', 'ascii'))
attempt('too many args', lambda: str(b'a', 'utf-8', 'strict', 4))
attempt('bad keyword', lambda: str(b'a', encodng='utf-8'))
attempt('unknown handler', lambda: str(b'\xff', 'utf-8', 'no-handler'))
print(str(b'fine', 'utf-8', 'no-handler'))

try:
    str(b'ab\xffcd', 'utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
