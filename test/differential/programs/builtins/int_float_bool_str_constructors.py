# Builtin type constructors called with various arguments.
print(int('12'), int(12.9), int('-11', 2), int('-0b11', 0), float('1e3'), bool('False'), bool(''), str(1.0))
print(list('ab'), tuple([1]), set('aab') == {'a', 'b'}, dict(a=1), frozenset() == frozenset([]))
print(complex(1, 2), complex('3'), bytes(2), bytearray(b'x'), type(range(3)).__name__)
print(int.__name__, float(' 12 '), int(' 12 '), str(b'x', 'ascii'), bool(0.0), bool(-1))
