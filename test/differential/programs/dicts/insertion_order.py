# dicts preserve insertion order; re-assigning keeps position; delete+insert moves to end.
d = {}
for k in 'zebra':
    d[k] = ord(k)
print(d)
d['z'] = 0
print(list(d))
del d['z']
d['z'] = 1
print(list(d))
d.update([('a', 5), ('q', 6)])
print(d)
print(list(reversed(d)), list(reversed(d.items()))[:2])
