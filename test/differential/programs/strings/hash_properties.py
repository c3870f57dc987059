# str hashes: equal strings hash equal; hashing works for dict/set lookups.
a = 'hello world'
b = ''.join(['hello', ' ', 'world'])
print(a == b, hash(a) == hash(b), a is not b or True)
d = {a: 1}
print(d[b], b in d, len({a, b, 'x'}))
print(hash('') == hash(''), isinstance(hash('abc'), int))
print(sorted({'b', 'a', 'c'}))
