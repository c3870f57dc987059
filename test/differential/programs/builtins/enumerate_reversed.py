# enumerate with start, reversed of sequences and objects with __reversed__.
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 1)))
e = enumerate(['x', 'y'])
print(next(e), type(e).__name__)
print(list(reversed([1, 2, 3])), ''.join(reversed('abc')), list(reversed(range(0, 10, 3))), list(reversed({'a': 1, 'b': 2})))
class R:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(R())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
