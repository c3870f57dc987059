# Iterating bytes gives ints; bytes from iterables of ints; int.to_bytes round trip.
b = 'ü€'.encode()
print([x for x in b], sum(b), list(reversed(b)))
print(bytes(x ^ 0xFF for x in b), bytes(map(lambda x: x + 1, b'abc')))
print(b.decode(), b[0:2].decode())
for n in (0, 1, 255, 65535):
    print(n, n.to_bytes(2, 'big'), int.from_bytes(n.to_bytes(2, 'little'), 'little'))
