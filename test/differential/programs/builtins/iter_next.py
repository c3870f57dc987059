# iter() with a sentinel, next() with default, and iterating a callable.
data = [3, 1, 4, 1, 5, 9]
it = iter(data)
print(next(it), next(it), list(it), next(it, 'done'))
pos = iter(range(10))
print(list(iter(lambda: next(pos), 5)))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lines.__next__, '')))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
