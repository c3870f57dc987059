# bytes methods mirror str methods and return bytes.
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.split(), b.replace(b'l', b'L'))
print(b.find(b'World'), b.count(b'l'), b.startswith(b'  H'), b.strip().endswith(b'd'))
print(b'-'.join([b'a', b'b']), b'abc'.center(9, b'*'), b'42'.zfill(5), b'a b'.title())
print(b'abc'.hex(), b'abc'.hex('-'), bytes.fromhex('de ad BE EF'), b'\x01\x02'.hex(':', 1))
print(b'abc'.isalpha(), b'123'.isdigit(), b'abc'.decode(), b'x=1'.partition(b'='))
