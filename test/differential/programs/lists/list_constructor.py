# list() from various iterables: strings, dicts, generators, ranges, sets of ints.
print(list(), list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3, 10, 3)))
print(list(x * x for x in range(4)), list({3, 1, 2}), list(enumerate('ab')))
print(list({'a': 1}.items()), list(map(str.upper, 'xy')), list(zip('ab', 'cd')))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
