# An uncaught KeyError prints the key's repr on the last stderr line.
d = {'a': 1}
print(d['a'])
for k in ['a', 'b']:
    print('looking up', k)
    print(d[k])
