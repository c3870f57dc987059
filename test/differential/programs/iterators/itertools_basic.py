# Common itertools functions with small inputs.
import itertools as it
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product('ab', repeat=2)), list(it.permutations('abc', 2)), list(it.combinations(range(4), 2)))
print(list(it.combinations_with_replacement('ab', 2)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)))
print([(k, list(g)) for k, g in it.groupby('aaabccaa')], list(it.islice(it.count(5, 2), 4)), list(it.repeat('x', 3)))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress('abcd', [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, 0, 2])), list(it.pairwise('abcd')))
print(list(it.islice(it.cycle('ab'), 5)), [list(t) for t in it.tee([1, 2], 2)])
