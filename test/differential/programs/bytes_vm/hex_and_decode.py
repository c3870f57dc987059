# hex()/fromhex() round trips and separators; decode() with each error handler.
data = bytes(range(0, 256, 37))
print(data.hex(), data.hex(':'), data.hex(b'-', 2), data.hex(' ', -2), data.hex('_', 3), data.hex(sep='|', bytes_per_sep=-3))
print(b''.hex(), b''.hex(':'), b'\x01'.hex(':', 4), bytearray(b'\xab\xcd').hex(), memoryview(b'\x00\xff').hex('.'))
print(data.hex(':', 0), b'abcdef'.hex(':', 1), b'abcdef'.hex(':', 6), b'abcdef'.hex(':', 7))
for text in ('00ff', ' 0a 1B\t2c\n', '', 'DEADbeef', '  '):
    print(repr(text), bytes.fromhex(text), bytearray.fromhex(text))
print(bytes.fromhex(data.hex()) == data, bytearray.fromhex(data.hex(' ')) == data)

def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt('odd digits', lambda: bytes.fromhex('abc'))
attempt('bad digit', lambda: bytes.fromhex('0g'))
attempt('space inside', lambda: bytes.fromhex('a b'))
attempt('non-ascii', lambda: bytes.fromhex('ab cd é'))
attempt('fromhex bytes', lambda: bytes.fromhex(b'ab'))
attempt('sep length', lambda: b'ab'.hex('::'))
attempt('sep type', lambda: b'ab'.hex(bytearray(b':')))
attempt('sep int', lambda: b'ab'.hex(1))
attempt('sep non-ascii', lambda: b'ab'.hex('é'))
attempt('sep non-ascii byte', lambda: b'ab'.hex(b'\x80'))
attempt('per sep type', lambda: b'ab'.hex(':', 'x'))
attempt('per sep huge', lambda: b'ab'.hex(':', 2 ** 40))

raw = b'ok \xff\xfe end \xe2\x82 \xf0\x9f\x98\x80 \xed\xa0\x80'
for handler in ('replace', 'ignore', 'backslashreplace', 'surrogateescape'):
    print(handler, ascii(raw.decode('utf-8', handler)), ascii(raw.decode('ascii', handler)))
print(raw.decode('latin-1') == ''.join(map(chr, raw)), b'caf\xc3\xa9'.decode(), bytearray(b'\xe2\x82\xac').decode('UTF8'))
print(b'abc'.decode(encoding='ascii', errors='bogus'), b'\xef\xbb\xbfbom'.decode() == '\ufeffbom')
attempt('strict utf-8', lambda: raw.decode())
attempt('strict ascii', lambda: raw.decode('ascii'))
attempt('truncated', lambda: b'abc\xe2\x82'.decode())
attempt('truncated 4', lambda: b'\xf0\x9f\x98'.decode('utf-8'))
attempt('bad continuation', lambda: b'\xe2(\xa1'.decode())
attempt('surrogate', lambda: b'\xed\xa0\x80'.decode())
attempt('overlong', lambda: b'\xc0\xaf'.decode())
attempt('unknown handler', lambda: raw.decode('utf-8', 'bogus'))
attempt('unknown codec', lambda: raw.decode('klingon'))
attempt('encoding type', lambda: raw.decode(42))
attempt('bad keyword', lambda: raw.decode(encodin='utf-8'))

try:
    b'pre\x80post'.decode('utf-8')
except UnicodeDecodeError as exc:
    print(exc.encoding, exc.object, exc.start, exc.end, exc.reason, exc.args)
    print(isinstance(exc, UnicodeError), isinstance(exc, ValueError))
    exc.reason = 'custom reason'
    exc.end = 5
    print(str(exc))
made = UnicodeDecodeError('my-codec', bytearray(b'\x00\x01\x02'), 1, 2, 'made by hand')
print(str(made), made.object, repr(made))
attempt('five args', lambda: UnicodeDecodeError('a', b'b', 0))
attempt('arg types', lambda: UnicodeDecodeError('a', 'not bytes', 0, 1, 'r'))
attempt('encode error', lambda: str(UnicodeEncodeError('ascii', 'x\u20acy', 1, 2, 'no euro')))
attempt('encode error range', lambda: str(UnicodeEncodeError('ascii', 'x\u20acy', 0, 3, 'nope')))
