# Starred assignment targets collect the remainder into a list.
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = 'xyz'
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i = (1,)
print(h, i)
(j, k), *rest = [(1, 2), 3, 4]
print(j, k, rest)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
