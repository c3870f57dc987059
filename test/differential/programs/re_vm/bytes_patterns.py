# bytes patterns: matched against bytes, bytearray and memoryview; ASCII-only classes
# and case; LOCALE mode; and mixing str with bytes refused.
import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.org\r\nX-Len: 42\r\n'
header = re.compile(rb'^([\w-]+): (.*?)\r$', re.M)
print(header.findall(data))
print(header.search(bytearray(data)).groups())
print(header.search(memoryview(data)).group(1))
print(re.findall(rb'\w+', 'caf\u00e9 x'.encode('latin-1')), re.findall(rb'(?i)\xe9', b'\xc9\xe9'))
print(re.findall(rb'(?i)[a-c]+', b'ABCabcDEF'), re.findall(rb'(?L)\w+', b'a\xe9b'))
print(re.sub(rb'(\d+)', rb'<\1>', b'a1b22'), re.subn(b'a', b'', bytearray(b'banana')))
print(re.split(rb'\s+', b' a  b '), re.findall(rb'\s', b'\x1c\x1f \x0b'))
m = re.match(rb'(?P<verb>[A-Z]+) (?P<path>\S+)', data)
print(m.groupdict(), m.span('path'), m.group(0), repr(m))
print(m.expand(rb'\g<path> via \g<verb>'))
print(re.compile(rb'(?i)get').match(data) is not None, re.compile(b'x', re.I | re.M))
whole = re.match(rb'.*', b'abc')
print(whole.group() is whole.string, re.match(rb'.*', bytearray(b'abc')).group())
buffer = bytearray(b'hello world')
m = re.search(rb'world', buffer)
del buffer[6:]
print(m.group(), m.span(), m.string)
for pattern, subject in [(rb'a', 'a'), ('a', b'a'), ('a', memoryview(b'a')), (rb'a', 3), ('a', ['a'])]:
    try:
        re.search(pattern, subject)
    except TypeError as e:
        print('TypeError', e)
for pattern, flags in [(rb'a', re.U), ('a', re.L), ('(?L)a', 0), (rb'(?u)a', 0), ('a', re.A | re.U)]:
    try:
        re.compile(pattern, flags)
    except ValueError as e:
        print('ValueError', e)
    except re.error as e:
        print('error', e)
