# Floats and ints that are equal are the same dict key; hash agrees.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(-1.0) == hash(-1))
print({0.0: 'a', -0.0: 'b'}, {1.5, 3 / 2})
print(float('inf') in {float('inf')}, hash(float('inf')) == hash(float('inf')))
