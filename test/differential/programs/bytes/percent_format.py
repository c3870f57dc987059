# printf-style formatting on bytes with %s, %b, %d, %x and %c.
print(b'%s and %s' % (b'one', b'two'))
print(b'%d %05d %x %c %c' % (42, 7, 255, 65, b'z'))
print(b'%b|%-6b|%a' % (b'raw', b'pad', 'é'))
try:
    b'%s' % 'text'
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b'%s!') % b'x')
