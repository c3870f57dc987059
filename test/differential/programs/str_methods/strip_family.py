# strip, lstrip, rstrip with and without character sets, removeprefix/removesuffix.
s = '  \t xxhello worldxx \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = 'xxhello worldxx'
print(t.strip('x'), t.lstrip('x'), t.rstrip('xd'), t.strip('xdhe'), t.strip(''))
print('prefix_body'.removeprefix('prefix_'), 'prefix_body'.removeprefix('nope'), 'file.tar.gz'.removesuffix('.gz'))
print(repr('\u3000 wide\u3000'.strip()), repr('\x1c\x1dsep\x1e\x1f'.strip()))
