d = {}
for i in range(100): d[i] = i
for i in range(0, 100, 3): del d[i]
for i in range(200, 260): d[i] = i
print(list(d)[:10], list(d)[-5:], len(d))
t = {}
for x in range(30):
    for y in range(30): t[(x, y)] = x * y
for k in list(t)[::2]: del t[k]
for x in range(40, 50): t[(x, x)] = 1
print(len(t), list(t.items())[:3], list(t)[-3:], t.get((1, 1)), t.get((2, 1)), (49, 49) in t)
s = {'a': 1, 'b': 2}
for k in 'cdefghijklmnopqrstu': s[k] = ord(k)
s[1] = 'one'; s[2.0] = 'two'; s[True] = 't'
print(s[1], s[2], len(s), list(s)[-3:])
try:
    for k in s: s[k + 'x' if isinstance(k, str) else 99] = 0
except RuntimeError as e: print(e)
import sys
print(sys.getsizeof({i: i for i in range(1000)}), sys.getsizeof(dict.fromkeys(range(10))))
