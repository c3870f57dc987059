# range: construction, length, indexing and slicing (big ints too), search, equality, hash, iteration.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for r in [range(5), range(2, 10), range(0, 10, 3), range(10, 0, -3), range(0), range(5, 5), range(-5, 5, 2), range(3, -4, -1)]:
    print(repr(r), list(r), len(r), bool(r), r.start, r.stop, r.step)
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], r[100:], list(r[::-2]), r[5:1:-1])
print(5 in r, 6 in r, 18 in r, 21 in r, -3 in r, True in range(2), 3.0 in r, 'a' in r)
print(r.index(9), r.count(9), r.count(10), r.count(3.0), range(3).index(True))
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(5, 0, -2))))

big = range(10**20, 10**20 + 10**6, 7)
print(big, len(big), big[0], big[-1], big[1000], big[10:13], 10**20 + 70 in big, 10**20 + 71 in big, big.index(10**20 + 700))
huge = range(10**30)
print(huge[10**29], huge[-1], huge[::10**28], huge[5:10**29:10**27][3], 10**29 in huge)
attempt('len huge', lambda: len(huge))
attempt('len 2**63', lambda: len(range(2**63)))
print(len(range(-2**62, 2**62, 2**61)), range(2**62)[-1])
neg = range(-10**25, -10**25 - 50, -10)
print(list(neg), list(reversed(neg)))
print(list(range(2**60, 2**60 + 3)), list(reversed(range(-2**63, -2**63 + 3))))
it = iter(range(2**63 - 2, 2**63 + 1))
print(type(it).__name__, list(it))
it = iter(range(3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(type(iter(range(2**64))).__name__, type(reversed(range(2**64))).__name__, type(reversed(range(10))).__name__)

print(range(0) == range(5, 5), range(0, 5) == range(5), range(1, 2, 3) == range(1, 3, 7), range(0, 10, 2) == range(0, 11, 2))
print(range(3) == [0, 1, 2], range(3) != range(3), range(2) != range(3))
print(hash(range(0)) == hash(range(7, 7)), hash(range(1, 2, 3)) == hash(range(1, 2, 9)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(5)) == hash(range(0, 5, 1)))
print({range(3): "a"}[range(0, 3)], hash(range(5)), hash(range(1, 10, 3)))

attempt('no args', lambda: range())
attempt('four args', lambda: range(1, 2, 3, 4))
attempt('float arg', lambda: range(1.5))
attempt('str stop', lambda: range(1, 'a'))
attempt('zero step', lambda: range(0, 1, 0))
attempt('kwargs', lambda: range(stop=1))
attempt('index out', lambda: range(5)[5])
attempt('index huge', lambda: range(5)[2**63])
attempt('float index', lambda: range(5)[1.5])
attempt('index missing', lambda: range(5).index(7))
attempt('index missing bool', lambda: range(2, 5).index(True))
attempt('index other', lambda: range(5).index('a'))
attempt('lt', lambda: range(1) < range(2))
attempt('setitem', lambda: exec('r = range(3)\nr[0] = 1'))
attempt('subclass', lambda: type('R', (range,), {}))

class Num:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print(range(Num(3)), range(Num(1), Num(7), Num(2)), range(10)[Num(4)], range(True, 5))

class Loud:
    def __eq__(self, other):
        print('  compared with', other)
        return other == 2
print(Loud() in range(4), range(4).count(Loud()), range(4).index(Loud()))

total = 0
for i in range(100000):
    total += i
print(total)
print(sum(range(10**6)), sum(range(0, -100, -3)), max(range(7)), min(range(3, 9)))
