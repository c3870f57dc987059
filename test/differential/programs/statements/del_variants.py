# del of list slices, dict entries, nested targets and names in loops.
data = {'a': [1, 2, 3], 'b': {'x': 1, 'y': 2}}
del data['a'][0]
del data['b']['x']
print(data)
lst = list(range(6))
del lst[::2], lst[0]
print(lst)
for name in ('p', 'q'):
    globals()[name] = name.upper()
del p, q
print('p' in globals(), 'q' in globals())
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
