# Small-int sets iterate in hash order, which CPython defines deterministically.
print({3, 1, 2}, {10, 5, 0}, set(range(8)), {-1, -2, 0})
print(list({100, 1, 50}), {8, 16, 1, 32})
s = set()
for x in [7, 3, 11, 1, 0]:
    s.add(x)
print(s, frozenset([9, 4]))
