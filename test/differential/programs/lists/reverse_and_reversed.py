# list.reverse in place versus reversed() iterator and [::-1].
a = [1, 2, 3, 4]
r = reversed(a)
print(next(r), list(r), list(r))
a.reverse()
print(a, a[::-1], list(reversed([])))
print(list(reversed(range(5))), list(reversed('abc')), list(reversed((1, 2))))
