# bytes split/rsplit/strip/splitlines with explicit and default separators.
b = b'a,b,,c\nd e\r\nf'
print(b.split(b','), b.split(), b.splitlines(), b.splitlines(True), b.rsplit(b',', 1))
print(b'xxabcxx'.strip(b'x'), b'  a  '.lstrip(), b'  a  '.rstrip(), b'abc'.removeprefix(b'a'))
print(bytearray(b'a b').split(), type(bytearray(b'a b').split()[0]).__name__)
