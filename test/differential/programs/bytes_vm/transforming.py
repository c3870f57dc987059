# The str-like methods that build new bytes: case, padding, stripping, splitting, replacing.
samples = [b'', b'hello World', b'  MiXeD case 42\t', b'title Case-string', b"o'neil 3rd", b'\xc3\xa9t\xc3\xa9']
for s in samples:
    print(repr(s), s.lower(), s.upper(), s.swapcase(), s.capitalize(), s.title())
    print('  ', s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle())
print(b'123'.isdigit(), b'12a'.isalnum(), b' \t\n\r\x0b\x0c'.isspace(), b'\x1c'.isspace(), b'Ab Cd'.istitle(), b'AB Cd'.istitle())

for width in (-1, 0, 3, 8, 9):
    print(width, b'abc'.center(width, b'*'), b'abc'.ljust(width), b'abc'.rjust(width, bytearray(b'.')), b'-7'.zfill(width), b'+x'.zfill(width))
print(b'ab'.center(5, b'_'), b'ab'.center(6, b'_'), b'abc'.center(6, b'_'), b''.zfill(3))

print(b'  pad  '.strip(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxpadxy'.strip(b'xy'), b'abc'.strip(None))
print(b'www.example.com'.lstrip(b'w.'), b'mississippi'.rstrip(b'ips'), b'prefix-body'.removeprefix(b'prefix-'))
print(b'body.txt'.removesuffix(b'.txt'), b'body'.removesuffix(b''), b'body'.removeprefix(b'nope'))

text = b'one  two\tthree\nfour'
print(text.split(), text.split(None, 2), text.rsplit(None, 1), text.split(b' '), text.split(b'o', 1), text.rsplit(b'o', 2))
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', maxsplit=1), b''.split(), b''.split(b','), b'   '.split())
print(b'x\ny\r\nz\rw'.splitlines(), b'x\ny\r\nz\r'.splitlines(keepends=True), b'\n\n'.splitlines(), b''.splitlines())
print(b'key=value=more'.partition(b'='), b'key=value=more'.rpartition(b'='), b'plain'.partition(b'='), b'plain'.rpartition(b'='))
print(bytearray(b'a b').split(), bytearray(b'k:v').partition(b':'))

print(b'aaaa'.replace(b'a', b'bb'), b'aaaa'.replace(b'a', b'', 2), b'abc'.replace(b'', b'|'), b'abc'.replace(b'', b'|', 2))
print(b'abcabc'.replace(b'bc', b'X', 0), b'abcabc'.replace(b'x', b'y'), bytearray(b'spam').replace(b'a', b'oo'))
print(b'a\tbc\tdef\n\tg'.expandtabs(), b'a\tb'.expandtabs(4), b'a\tb'.expandtabs(tabsize=0), b'x\r\ty'.expandtabs(3))
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], b'aabbcc'.translate(table), b'aabbcc'.translate(None, b'b'), b'abc'.translate(table, delete=b'a'))
print(bytearray(b'cab').translate(table), bytearray.maketrans(b'1', b'2')[49])
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), bytearray(b', ').join((b'x', b'y')), b'.'.join(iter([b'q'])))

def attempt(label, action):
    try:
        print(label, action())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt('split empty', lambda: b'abc'.split(b''))
attempt('rsplit str', lambda: b'abc'.rsplit('b'))
attempt('partition empty', lambda: b'abc'.partition(b''))
attempt('strip str', lambda: b'abc'.strip('a'))
attempt('center fill', lambda: b'abc'.center(9, b'ab'))
attempt('center fill None', lambda: b'abc'.ljust(9, None))
attempt('center width', lambda: b'abc'.center('9'))
attempt('center huge', lambda: b'abc'.center(2 ** 70))
attempt('replace str', lambda: b'abc'.replace(b'a', 'b'))
attempt('replace count', lambda: b'abc'.replace(b'a', b'b', 1.0))
attempt('join str item', lambda: b'-'.join([b'a', 'b']))
attempt('join int', lambda: b'-'.join(5))
attempt('translate short', lambda: b'abc'.translate(b'short'))
attempt('maketrans lengths', lambda: bytes.maketrans(b'ab', b'c'))
attempt('expandtabs str', lambda: b'a'.expandtabs('4'))
attempt('splitlines str', lambda: b'a'.splitlines('yes'))
attempt('zfill none', lambda: b'a'.zfill())
