# A comparison that raises leaves the list a permutation of what it was; mutation is detected.
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise RuntimeError('thirteen')
        return self.v < other.v
    def __repr__(self):
        return f'B{self.v}'

items = [Boom(v) for v in [5, 2, 13, 7, 1, 9, 4]]
try:
    items.sort()
except RuntimeError as e:
    print('raised', e)
print(sorted(b.v for b in items), len(items))

items = [Boom(v) for v in [40, 30, 20, 10, 13, 5, 3]]
try:
    items.sort(reverse=True)
except RuntimeError as e:
    print('raised', e)
print([b.v for b in items])

data = [3, 1, 2]
def sneaky(x):
    data.append(x)
    return x
try:
    data.sort(key=sneaky)
except ValueError as e:
    print('ValueError', e)
print(data)

lst = [3, 2, 1]
def peek(x):
    print('during sort, len =', len(lst), lst)
    return x
lst.sort(key=peek)
print(lst)

def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return x
lst = [3, 2, 1]
try:
    lst.sort(key=bad_key)
except KeyError as e:
    print('KeyError', e)
print(lst)

for call in [lambda: [].sort(1), lambda: [].sort(foo=1), lambda: sorted([], key=None, reverse=0, x=1),
             lambda: [2, 1].sort(reverse='yes'), lambda: sorted(), lambda: sorted([], []),
             lambda: sorted(iterable=[1]), lambda: [1, 'a'].sort(), lambda: sorted([None, None])]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)

print(sorted([None]), sorted([3, 1, 2], reverse=2), sorted([1, 2], key=None))
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted([True, 1, False, 0, 2, -1]))
print(sorted([10**20, -10**30, 5, 2**60, -3]))
print(sorted(['b', 'a', 'B', 'ab', '', 'é', 'z']))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,), ()]))
print(sorted([[2], [1, 5], [1], []]))
