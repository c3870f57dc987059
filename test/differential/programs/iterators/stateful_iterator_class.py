# A stateful iterator class with a separate iterable; multiple passes create new iterators.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(3)
print(list(r), list(r), [x + y for x in r for y in r][:4])
bad = type('Bad', (), {'__iter__': lambda self: 5})()
try:
    iter(bad)
except TypeError as e:
    print(type(e).__name__, e)
