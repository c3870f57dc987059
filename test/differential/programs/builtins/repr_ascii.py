# repr and ascii of builtin objects.
objs = [1, -2.5, 'é', b'\x00', [1, 'a'], (1,), {'k': None}, {1}, frozenset([2]), set(), None, True, Ellipsis, NotImplemented, 3j, range(1, 5, 2), slice(1, None), int, len, type(None)]
for o in objs:
    print(repr(o), ascii(o))
print(repr(print), repr(str.join), repr(int.__add__))
print(ascii(['é', b'\xe9', ('ü',)]), repr(type(lambda: 0)))
