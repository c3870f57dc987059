# slice objects: repr, attributes, indices() with big ints, comparisons, unhashable.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None, None), slice('a', [1], None), s.start, s.stop, s.step)
print(slice(5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(5), slice(2, 100, 3).indices(10))
print(slice(-2**70, 2**70).indices(10**25), slice(None, None, -2**70).indices(3), slice(None, None, 2**70).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2, 3) >= slice(1, 2, 3), s == (1, 10, 2))
print(slice(1, 2) != slice(1, 2), s == s, s <= s, s < s)
print('abcdefgh'[s], list(range(20))[s], tuple(range(12))[slice(None, None, -4)], range(30)[s])

class Idx:
    def __index__(self):
        return 3
print(slice(Idx(), None).indices(10), [0, 1, 2, 3, 4][slice(Idx())], slice(True, False).indices(4))

attempt('hash', lambda: hash(slice(1)))
attempt('in set', lambda: {slice(1)})
attempt('no args', lambda: slice())
attempt('four args', lambda: slice(1, 2, 3, 4))
attempt('kwargs', lambda: slice(stop=1))
attempt('indices negative', lambda: slice(1).indices(-1))
attempt('indices str', lambda: slice(1).indices('a'))
attempt('indices none', lambda: slice(1).indices())
attempt('indices zero step', lambda: slice(None, None, 0).indices(3))
attempt('indices float bound', lambda: slice(1.5).indices(3))
attempt('lt other', lambda: slice(1) < (1,))
attempt('lt mixed', lambda: slice(1, 'a') < slice(1, 2))
attempt('set attr', lambda: setattr(slice(1), 'start', 2))
attempt('subclass', lambda: type('S', (slice,), {}))
attempt('list float slice', lambda: [1, 2][1.0:])
print(type(slice(1)).__name__, slice.__hash__ is None)
