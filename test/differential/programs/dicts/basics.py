# dict creation, access, update, deletion and KeyError messages.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], d.get('z'), d.get('z', 0), 'a' in d, 10 in d)
del d['b']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
for k in (lambda: d['missing'], lambda: d[(1, 2)], lambda: d.__delitem__('gone')):
    try:
        k()
    except KeyError as e:
        print(type(e).__name__, e, repr(e.args[0]))
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1), dict(zip('ab', range(2))))
