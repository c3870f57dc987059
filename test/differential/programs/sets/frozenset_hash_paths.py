# hash() of frozensets, which pyvm computes without looking __hash__ up for exact
# frozensets, and of frozenset subclasses that keep or override __hash__.
samples = [frozenset(), frozenset({0}), frozenset({-1}), frozenset({-2, -1}), frozenset('abc'),
           frozenset({(1, 2), 'x', 3.5, True}), frozenset({frozenset({1}), frozenset()}),
           frozenset(range(100)), frozenset({2 ** 64, -2 ** 63, 2 ** 61 - 1})]
print([hash(s) for s in samples])


class Kept(frozenset):
    pass


class Own(frozenset):
    def __hash__(self):
        return 12345


class Huge(frozenset):
    def __hash__(self):
        return 2 ** 70


for cls in (Kept, Own, Huge):
    value = cls({1, 2})
    print(cls.__name__, hash(value), {value: 1}[frozenset({1, 2})] if hash(value) == hash(frozenset({1, 2})) else 'apart')
    print(value in {frozenset({1, 2})}, {value, frozenset({1, 2})} == {frozenset({1, 2})})

table = {frozenset(pair): i for i, pair in enumerate([(1, 2), (2, 1), ('a', 'b'), ('b', 'a'), (3,), (3, 3)])}
print(sorted(table.values()), table[frozenset({'a', 'b'})], frozenset({1, 2}) in table, {1, 2} in {frozenset({1, 2})})
try:
    hash({1, 2})
except TypeError as error:
    print('TypeError', error)
try:
    hash(frozenset({1, 2, (3, [4])}))
except TypeError as error:
    print('TypeError', error)
nested = {frozenset((i % 7, (i // 7 * 3) % 5)) for i in range(300)}
print(len(nested), sum(hash(s) % 1000 for s in nested))
