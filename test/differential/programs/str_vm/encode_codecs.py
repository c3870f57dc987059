# str.encode over the built-in codecs and error handlers, and decoding back.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


text = 'Añ€😀'
for encoding in ['utf-8', 'UTF8', 'utf_16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf-32-le', 'utf-32-be', 'u8']:
    data = text.encode(encoding)
    print(encoding, data, data.decode(encoding) == text)
print('plain'.encode(), 'plain'.encode('ascii'), 'plain'.encode('latin-1'), 'café'.encode('iso-8859-1'), 'café'.encode('L1'))
print('x'.encode(encoding='ascii', errors='strict'), ''.encode('utf-16'), ''.encode('utf-32'))

for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, text.encode('ascii', errors), text.encode('latin-1', errors))
print('a\udc80b\udcffc'.encode('utf-8', 'surrogateescape'), 'a\ud800b'.encode('utf-8', 'surrogatepass'))
print('a\ud800b'.encode('utf-16-le', 'surrogatepass'), 'a\ud800b'.encode('utf-8', 'replace'), 'a\ud800b'.encode('utf-8', 'backslashreplace'))

attempt('ascii strict', lambda: 'abc é'.encode('ascii'))
attempt('ascii run', lambda: 'ab€😀c'.encode('ascii'))
attempt('latin-1 astral', lambda: 'x😀'.encode('latin-1'))
attempt('utf-8 surrogate', lambda: 'x\ud800'.encode())
attempt('utf-16 surrogate', lambda: '\udfff'.encode('utf-16'))
attempt('surrogateescape outside range', lambda: 'é'.encode('ascii', 'surrogateescape'))
attempt('unknown encoding', lambda: 'x'.encode('klingon'))
attempt('unknown handler, no error', lambda: 'x'.encode('ascii', 'klingon'))
attempt('unknown handler, error', lambda: 'é'.encode('ascii', 'klingon'))
attempt('encoding int', lambda: 'x'.encode(1))
attempt('errors int', lambda: 'x'.encode('ascii', 1))
attempt('encoding none', lambda: 'x'.encode(None))
attempt('bad keyword', lambda: 'x'.encode(codec='ascii'))
attempt('too many', lambda: 'x'.encode('a', 'b', 'c'))

try:
    'ab\u20acd'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, isinstance(e, ValueError), isinstance(e, UnicodeError))

for data, encoding in [(b'\xff\xfea\x00b\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'a\x00', 'utf-16'),
                       (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'=\xd8\x00\xde', 'utf-16-le')]:
    print(data.decode(encoding))
for data, encoding in [(b'a', 'utf-16'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'),
                       (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'abc', 'utf-32'),
                       (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xc0\x80', 'utf-8'), (b'\xf4\x90\x80\x80', 'utf-8'),
                       (b'\xed\xa0\x80', 'utf-8'), (b'a\xf0\x9f\x98', 'utf-8')]:
    attempt(repr(data), lambda: data.decode(encoding))
    print('  replace:', repr(data.decode(encoding, 'replace')), repr(data.decode(encoding, 'backslashreplace')))
attempt('xmlcharrefreplace decoding', lambda: b'\xff'.decode('ascii', 'xmlcharrefreplace'))
