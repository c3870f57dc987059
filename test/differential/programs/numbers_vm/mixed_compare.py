# Comparisons across int, bool, float and complex are exact; equal numbers hash alike and are one dict key.
inf = float('inf')
nan = float('nan')
big = 2 ** 53
pairs = [
    (big + 1, float(big)), (float(big), big + 1), (big + 2, float(big + 2)), (10 ** 400, inf), (-10 ** 400, -inf),
    (10 ** 400, 1e308), (2 ** 1024, 1.7976931348623157e308), (2 ** 1023, 2.0 ** 1023), (-(2 ** 70) - 1, -(2.0 ** 70)),
    (3, 3.0), (3, 3.5), (-3, -3.5), (0, -0.0), (True, 1.0), (False, -0.0), (1, nan), (nan, nan), (10 ** 30, nan),
    (0.5, 1), (2.5, 2), (-0.5, 0), (1e-300, 0), (1, 1 + 0j), (1.5, 1.5 + 0j), (1j, 1j), (2 ** 60, complex(2 ** 60, 0)),
    (2 ** 60 + 1, complex(2 ** 60, 0)), (nan, complex(nan, 0)), (True, 1 + 0j), (0, 0j), (1 + 1j, 1),
]
for a, b in pairs:
    results = [a == b, a != b]
    if not isinstance(a, complex) and not isinstance(b, complex):
        results += [a < b, a <= b, a > b, a >= b]
    print(repr(a)[:25], repr(b)[:25], results)

for op in ['<', '<=', '>', '>=']:
    for a, b in [(1j, 1j), (1j, 1), (2.5, 1j), (1, 'x'), (1.5, None), (True, [])]:
        try:
            eval(f'a {op} b')
        except TypeError as error:
            print('TypeError:', error)

print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(2 ** 100) == hash(2.0 ** 100), hash(0.5) == hash(complex(0.5, 0)))
print(hash(1 + 2j), hash(complex(0, 1)), hash(-1j), hash(complex(1e300, -1e300)), hash(complex(-1, 0)))
d = {}
for key in [1, 1.0, True, 1 + 0j, 2 ** 64, float(2 ** 64), 0.5, complex(0.5, 0), -0.0, 0, False]:
    d[key] = repr(key)
print(d)
print({1, 1.0, True}, {0, 0.0, -0.0, False, 0j}, {2 ** 64: 'a'}.get(2.0 ** 64), 1.0 in {1: 'x'}, True in [1.0])
print(sorted([3, 1.5, True, -2, 2 ** 70, -0.5, 2.0 ** 70 + 1]) if False else '', max(1, 1.0), min(0.0, 0, False))
