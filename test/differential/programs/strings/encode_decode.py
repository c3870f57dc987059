# Encoding and decoding strings with utf-8, latin-1, ascii and error handlers.
s = 'naïve café ☕'
b = s.encode()
print(b, len(b), b.decode() == s)
print(s.encode('utf-16-le')[:10], s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'))
print(s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b'\xe2\x98\x95'.decode('utf-8'), b'abc\xff'.decode('utf-8', 'ignore'), b'abc\xff'.decode('utf-8', 'replace'))
