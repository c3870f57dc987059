# sum with start, any/all on various iterables and short-circuiting.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum((), 5), sum([1j, 2]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in [1, 3]), all(map(str.isdigit, ['1', 'x'])))
def noisy(xs):
    for x in xs:
        print('check', x)
        yield x
print(any(noisy([0, 1, 2])), all(noisy([1, 0, 2])))
print(sum(range(101)), sum([True, True]), sum(x * x for x in range(4)))
