# repr of self-referential lists and dicts uses ... markers.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {'k': 1}
d['self'] = d
print(d)
b = [a, d]
print(b)
