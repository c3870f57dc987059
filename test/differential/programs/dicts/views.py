# Dictionary views are live and support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
d['d'] = 4
print(list(k), list(v), list(it), len(k))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(('a', 1) in it, ('a', 2) in it, sorted(it & {('b', 2)}))
print(k == {'a', 'b', 'c', 'd'}, 'b' in k, 3 in v)
print(k.isdisjoint({'x'}), repr(d.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
