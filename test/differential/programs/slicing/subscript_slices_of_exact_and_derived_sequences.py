s = 'héllo wörld 😀 abc'
for sl in [slice(None), slice(2), slice(-3, None), slice(1, 10, 2), slice(None, None, -1), slice(10, 1, -3), slice(-100, 100), slice(5, 2), slice(None, None, 3)]:
    print(repr(s[sl]), [1, 2, 3, 4, 5][sl], (1, 2, 3, 4, 5)[sl])
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, t[::-1])
class L(list):
    def __getitem__(self, k): return ('L', k)
print(L([1, 2])[1:2])
class T(tuple): pass
x = T((1, 2)); print(type(x[:]), x[:] is x)
for bad in [slice(0, 1, 0), slice('a', 1)]:
    for c in ['abc', [1], (1,)]:
        try: c[bad]
        except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 1
print('abc'[I():], [1, 2, 3][:I()], 'abc'[10**30:], [1,2][-10**30:])
# In loops, so that compiled code takes these paths too; and sequences repeated by *.
words = ['kalomi', 'ne', 'rusatovi', 'x', 'ü😀z'] * 300
print(sum(len(w[:2]) + len(w[1:]) + len(w[-3:-1]) + len(w[::-2]) for w in words))
rows = [[1, 2, 3], (4, 5, 6, 7)] * 300
print(sum(len(r[:2]) + len(r[1:]) + sum(r[::2]) for r in rows))
print(len(rows), rows[-3:], (1, 2) * 3, [None] * 4, [1, 2] * 0, [1, 2] * -1, ('a',) * 5)
grown = [1, 2, 3]
grown *= 5
print(grown, len([0, 1, 2] * 1001))
