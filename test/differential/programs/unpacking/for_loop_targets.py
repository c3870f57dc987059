# Unpacking in for-loop targets, including nested and starred targets.
pairs = [(1, 'a'), (2, 'b')]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
for first, *rest in ['abc', 'de', 'f']:
    print(first, rest)
d = {'x': [1, 2], 'y': [3, 4]}
for k, (a, b) in sorted(d.items()):
    print(k, a + b)
