# The mutating and searching methods of list, with CPython's error messages.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

a = [1, 2, 3]
a.append(4)
a.extend((5, 6))
a.extend(x * 10 for x in range(2))
a.extend('ab')
a.extend(a[:2])
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(True), a)
print(a.index(3), a.index(3, 2), a.index('a', -5), a.count(1), a.count('zz'))
a.remove(3)
print(a)
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is not a)
b.clear()
print(b, a)

self_extend = [1, 2]
self_extend.extend(self_extend)
self_extend += self_extend
print(self_extend)

attempt('pop empty', lambda: [].pop())
attempt('pop range', lambda: [1].pop(5))
attempt('pop neg range', lambda: [1].pop(-2))
attempt('pop str', lambda: [1].pop('a'))
attempt('pop huge', lambda: [1].pop(10**20))
attempt('pop big in ssize', lambda: [1].pop(2**62))
attempt('pop args', lambda: [1].pop(1, 2))
attempt('remove missing', lambda: [1, 2].remove(5))
attempt('index missing', lambda: [1, 2].index(5))
attempt('index missing str', lambda: ['x'].index('y'))
attempt('index start', lambda: [1, 2, 1].index(1, 1))
attempt('index window', lambda: [1, 2, 1].index(1, 1, 2))
attempt('index bad start', lambda: [1].index(1, 'a'))
attempt('index huge stop', lambda: [1, 2].index(2, 0, 10**30))
attempt('index huge neg start', lambda: [1, 2].index(2, -10**30))
attempt('index no args', lambda: [].index())
attempt('insert one arg', lambda: [].insert(1))
attempt('insert str', lambda: [].insert('a', 1))
attempt('insert huge', lambda: [].insert(10**20, 1))
attempt('append none', lambda: [].append())
attempt('append two', lambda: [].append(1, 2))
attempt('extend int', lambda: [].extend(5))
attempt('count none', lambda: [].count())
attempt('copy arg', lambda: [].copy(1))
attempt('clear arg', lambda: [].clear(1))
attempt('reverse arg', lambda: [].reverse(1))
attempt('append kw', lambda: [].append(x=1))

class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print('  eq', self.name, getattr(other, 'name', other))
        return isinstance(other, Loud) and self.name == other.name
    __hash__ = None

x, y, z = Loud('x'), Loud('y'), Loud('z')
items = [x, y, z]
print('index', items.index(Loud('z')))
print('count', items.count(y))
print('in', Loud('y') in items)
items.remove(Loud('y'))
print([i.name for i in items])

# Items are compared by identity first, then ==.
nan = float('nan')
print([nan].count(nan), nan in [nan], [nan].index(nan), [nan] == [nan], [float('nan')] == [float('nan')])
