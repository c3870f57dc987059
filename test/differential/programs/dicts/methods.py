# dict methods: setdefault, pop, popitem, update, fromkeys, copy, clear.
d = {'a': 1}
print(d.setdefault('a', 5), d.setdefault('b', 7), d.setdefault('c'), d)
print(d.pop('a'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
d.update({'x': 1}, y=2)
print(d, d.popitem(), d)
print(dict.fromkeys('abc'), dict.fromkeys(['k1', 'k2'], 0))
e = d.copy(); e['new'] = 1
print(d, e)
d.clear()
print(d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
