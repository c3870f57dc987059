# frozenset is hashable and immutable; mixed operations keep left operand's type.
f = frozenset([3, 1, 2])
s = {2, 3, 4}
print(type(f | s).__name__, type(s | f).__name__, sorted(f & s), f == {1, 2, 3})
d = {f: 'frozen'}
print(d[frozenset({1, 2, 3})], hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset(), repr(frozenset()), set(), repr(set()), frozenset() == set())
print(repr(frozenset({1})), repr({1}))
