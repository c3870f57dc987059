# zip (with strict), map with multiple iterables, and filter with None.
print(list(zip('abc', [1, 2, 3], (True, False, None))), list(zip()), list(zip('ab', range(10))))
print(list(zip('ab', 'cd', strict=True)))
try:
    list(zip('abc', 'de', strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip('ab', 'cde', strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'ab')), list(map(lambda a, b: a + b, 'xy', 'zzz')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 3 == 0, range(10))))
