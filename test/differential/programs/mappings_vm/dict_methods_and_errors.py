# dict's methods, constructors and error messages.

def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as error:
        print(label, '!!', type(error).__name__, error)


show('dict()', lambda: dict())
show('dict(mapping)', lambda: dict({'a': 1, 'b': 2}))
show('dict(pairs)', lambda: dict([('a', 1), ['b', 2], 'cd', (3, 4)]))
show('dict(kw)', lambda: dict(x=1, y=2))
show('dict(mapping, kw)', lambda: dict({'x': 0, 'z': 3}, x=1, y=2))
show('dict(zip)', lambda: dict(zip('abc', range(3))))
show('bad length', lambda: dict([(1, 2, 3)]))
show('bad length later', lambda: dict([(1, 2), (3,)]))
show('not a sequence', lambda: dict([(1, 2), 5]))
show('not iterable', lambda: dict(5))
show('two args', lambda: dict({}, {}))
show('keys non-iterable', lambda: dict(type('K', (), {'keys': lambda self: 5})()))


class Mapping:
    def keys(self):
        return ['one', 'two']

    def __getitem__(self, key):
        return key.upper()


show('dict(keys mapping)', lambda: dict(Mapping()))
show('fromkeys', lambda: dict.fromkeys('abc'))
show('fromkeys value', lambda: dict.fromkeys(['x', 'y'], []))
show('fromkeys dict', lambda: dict.fromkeys({'p': 1, 'q': 2}, 0))
show('fromkeys set', lambda: sorted(dict.fromkeys({5, 6, 7}, 'v').items()))
show('fromkeys none', lambda: dict.fromkeys())
show('fromkeys three', lambda: dict.fromkeys(1, 2, 3))
show('fromkeys kw', lambda: dict.fromkeys([1], value=2))

d = {'a': 1, 'b': 2, 'c': 3}
show('get', lambda: (d.get('a'), d.get('z'), d.get('z', 0)))
show('get none', lambda: d.get())
show('get three', lambda: d.get(1, 2, 3))
show('get unhashable', lambda: d.get([]))
show('setdefault', lambda: (d.setdefault('a', 9), d.setdefault('d', 4), d.setdefault('e'), d))
show('setdefault none', lambda: d.setdefault())
show('pop', lambda: (d.pop('e'), d.pop('zz', 'dflt'), d))
show('pop missing', lambda: d.pop('zz'))
show('pop tuple key', lambda: d.pop((1, 2)))
show('pop unhashable', lambda: d.pop([]))
show('pop unhashable empty', lambda: {}.pop([]))
show('pop no args', lambda: d.pop())
show('popitem', lambda: (d.popitem(), d))
show('popitem empty', lambda: {}.popitem())
show('popitem arg', lambda: d.popitem(1))
show('update', lambda: (d.update({'x': 1}, y=2), d.update([('z', 3)]), d.update(w=4), d))
show('update two', lambda: d.update({}, {}))
show('update bad', lambda: d.update([1]))
show('keys args', lambda: d.keys(1))
show('copy', lambda: (d.copy(), d.copy() is d, type(d.copy()).__name__))
show('clear', lambda: (d.clear(), d))
show('missing key', lambda: {}['nope'])
show('missing tuple key', lambda: {}[(1,)])
show('unhashable key', lambda: {}[{}])
show('del missing', lambda: d.__delitem__('q'))
show('len', lambda: (len({}), len({1: 2}), {1: 2}.__len__()))
show('contains', lambda: (1 in {1: 2}, 2 in {1: 2}, {1: 2}.__contains__(1)))
show('contains unhashable', lambda: [] in {})
show('eq', lambda: ({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2}, {} == [], {1: 2}.__eq__(5)))
show('lt', lambda: {} < {})
show('or', lambda: ({'a': 1, 'b': 2} | {'b': 3, 'c': 4}, {'b': 3} | {'a': 1, 'b': 2}))
show('or list', lambda: {} | [])
show('ror list', lambda: [] | {})
e = {'a': 1}
e |= {'b': 2}
e |= [('c', 3)]
show('ior', lambda: e)
show('ior bad', lambda: e.__ior__(5))
show('hash', lambda: hash({}))
show('reversed', lambda: (list(reversed({1: 2, 3: 4, 5: 6})), list(reversed({}))))
show('sizeof', lambda: ({}.__sizeof__(), {'a': 1}.__sizeof__(), {1: 1}.__sizeof__(), dict.fromkeys(range(10)).__sizeof__()))
show('class_getitem', lambda: (dict[str, int], dict[str, int].__origin__, dict[str, int].__args__))
show('class_getitem call', lambda: dict[str, int](a=1))
show('repr nested', lambda: {'k': {'n': [1, {2: 3}]}, (1, 2): None, 1.5: 'x'})
r = {}
r['self'] = r
r['list'] = [r]
show('repr recursive', lambda: r)
show('iterator types', lambda: (type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__, type(reversed({}.items())).__name__))

# Dicts keep insertion order through deletions, re-insertions and popitem.
o = {}
for k in 'hello world':
    o[k] = o.get(k, 0) + 1
print(o)
del o['l']
o['l'] = 'back'
print(o, list(o), list(o.values()))
print(o.popitem(), o.popitem(), o)

# Presized dict displays and growth.
big = {'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7}
print(big.__sizeof__(), {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}.__sizeof__())
grown = {}
sizes = []
for n in range(30):
    grown[n] = n
    sizes.append(grown.__sizeof__())
print(sizes)
mixed_keys = {'a': 1}
print(mixed_keys.__sizeof__(), end=' ')
mixed_keys[1] = 2
print(mixed_keys.__sizeof__())
