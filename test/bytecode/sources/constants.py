# Constants of every type, folded ones included.
big = 123456789012345678901234567890
negative_big = -98765432109876543210
beyond_safe = 9007199254740993
floats = (0.1, 1e300, 1e-300, 1e309, -1e309, -0.0, 0.0, 1.5e16, 2.0 ** 0.5)
complexes = (1j, 2.5j, -0j, 1 + 2j, 1e309j)
strings = ('', 'quote\'s', "both ' and \"", 'tab\tnew\nline\r\x00\x7f', 'é ü ñ', '日本', '\U0001f600', '\\')
byte_strings = (b'', b'\x00\xff', b"'", b'"\'', b'abc\n')
singletons = (None, True, False, ..., Ellipsis)
nested = ((1,), (), ((2, 3), 'x'), (None,))
folded = 2 ** 10, 'ab' * 3, -5, ~7, not True, (1, 2) + (3,)
membership = 'x' in {'a', 'b', 'c'}, 3 not in {1, 2, 3}, 4 in [4, 5], 'y' in ('y', 'z')
sets = {1, 2, 3}, {frozenset()}, [1, 2, 3]
big_collections = ['a', 'b', 'c', 'd'], ('e', 'f'), {'k': 1, 'l': 2}
subscripts = big[1:2], big[::2], big[1:], big[a:b:c]
