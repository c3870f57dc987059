# Unpacking consumes iterators; partially consumed iterators continue.
it = iter(range(10))
a, b = next(it), next(it)
c, *d = it
print(a, b, c, d)
it2 = iter('hello')
first = next(it2)
print(first, ''.join(it2))
print(dict(zip(iter('abc'), iter(range(3)))))
g = (i for i in range(3))
print(list(zip(g, g)))
