# dict views (set-like keys and items), mappingproxy, and dict subclasses.

def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as error:
        print(label, '!!', type(error).__name__, error)


d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
show('reprs', lambda: (k, v, i, {}.keys(), {}.items()))
show('lens', lambda: (len(k), len(v), len(i)))
show('live', lambda: (d.__setitem__('d', 4), k, v, i, d.pop('d'))[1:4])
show('contains', lambda: ('a' in k, 'z' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, ('a',) in i))
show('contains unhashable', lambda: [] in k)
show('items contains unhashable', lambda: ([], 1) in i)
show('reversed', lambda: (list(reversed(k)), list(reversed(v)), list(reversed(i))))
show('keys ops', lambda: (k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'}))
show('reflected ops', lambda: ({'a', 'z'} & k, ['z'] | k, ['a', 'q'] - k, ('a', 'z') ^ k))
show('keys with list', lambda: (k & ['b', 'c', 'x'], k - ['a'], k | ['x'], k ^ ['c']))
show('keys with keys', lambda: (k & {'b': 0}.keys(), k - {'b': 0}.keys(), k | {'x': 0}.keys()))
show('items ops', lambda: (i & {('a', 1), ('b', 5)}, i - {('a', 1)}, i ^ {('a', 1), ('z', 0)}))
show('items xor items', lambda: sorted(i ^ {'a': 1, 'b': 5, 'q': 7}.items()))
show('values op', lambda: v | {1})
show('compare', lambda: (k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], k < {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c'}, k > {'a'}, k >= k, k != {'a'}))
show('compare items', lambda: (i == {('a', 1), ('b', 2), ('c', 3)}, i <= {'a': 1, 'b': 2, 'c': 3, 'd': 4}.items()))
show('compare other', lambda: k < 3)
show('values eq', lambda: (v == v, v == d.values(), d.values() == d.values()))
show('isdisjoint', lambda: (k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint({('a', 1)}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys())))
show('hash', lambda: hash(k))
show('hash items', lambda: hash(i))
show('values hashable', lambda: isinstance(hash(v), int))
show('mapping', lambda: (k.mapping, v.mapping['a'], i.mapping.get('b'), type(k.mapping).__name__, str(k.mapping)))
show('mapping read only', lambda: k.mapping.__setitem__('a', 5))
m = k.mapping
show('mapping ops', lambda: (len(m), 'a' in m, list(m), list(m.keys()), list(m.items()), m.copy(), m == d, m | {'z': 26}, {'z': 26} | m))


def ior_proxy():
    global m
    m |= {}


show('mapping ior', ior_proxy)
show('view types', lambda: (type(k).__name__, type(v).__name__, type(i).__name__))
show('not subclassable', lambda: type('X', (type(k),), {}))

it = iter(i)
show('items iteration', lambda: (next(it), next(it), list(it)))
show('unpacking', lambda: [f'{key}={value}' for key, value in d.items()])


class Defaulting(dict):
    def __missing__(self, key):
        print('  missing', key)
        return key * 2


dd = Defaulting(x='y')
show('missing', lambda: (dd['x'], dd['ab'], dd.get('zz'), 'ab' in dd, dd))


class Counting(dict):
    def __init__(self, *args, **kwargs):
        self.sets = 0
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.sets += 1
        super().__setitem__(key, value)


c = Counting({'a': 1}, b=2)
c['c'] = 3
c.update(d=4)
c.setdefault('e', 5)
show('subclass setitem', lambda: (c, c.sets, type(c).__name__, repr(c)))
show('subclass copy', lambda: (type(c.copy()).__name__, type(c | {}).__name__, type({} | c).__name__))
show('subclass eq', lambda: (c == dict(c), Defaulting() == {}))
show('subclass fromkeys', lambda: (Counting.fromkeys('ab', 0), Counting.fromkeys('ab').sets))
show('subclass sizeof', lambda: Defaulting().__sizeof__())


class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys()))

    def keys(self):
        return sorted(super().keys())

    def __getitem__(self, key):
        return 'got ' + str(dict.__getitem__(self, key))


o = Ordered(b=1, a=2)
show('override iter', lambda: (dict(o), {**o}, dict.copy(o), {} | o))


class KeysOnly(dict):
    def keys(self):
        return ['a']


show('override keys only', lambda: dict(KeysOnly(a=1, b=2)))


class Hashable(dict):
    def __hash__(self):
        return 7


show('hashable subclass', lambda: ({Hashable(): 1}, hash(Hashable())))
