# += mutates lists in place but rebinds tuples and strings.
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = 'x'
r = s
s += 'y'
print(s, r)
fs = frozenset({1})
g = fs
fs |= {2}
print(sorted(fs), sorted(g))
st = {1}
st2 = st
st |= {2}
print(st is st2, sorted(st2))
