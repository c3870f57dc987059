# getattr/setattr/hasattr/delattr with defaults, hooks and errors; vars(); dir() with
# and without an argument, __dir__ overrides; id, hash and callable.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(getattr(p, 'x'), getattr(p, 'z', 'default'), getattr(p, 'dimensions'), getattr(p, 'norm1')())
setattr(p, 'z', 9)
print(p.z, hasattr(p, 'z'), hasattr(p, 'w'), hasattr(Point, 'norm1'))
delattr(p, 'z')
print(hasattr(p, 'z'), vars(p))
attempt('getattr missing', lambda: getattr(p, 'missing'))
attempt('getattr no args', lambda: getattr())
attempt('getattr one arg', lambda: getattr(p))
attempt('getattr four', lambda: getattr(p, 'x', 1, 2))
attempt('getattr int name', lambda: getattr(p, 5))
attempt('getattr int name default', lambda: getattr(p, 5, None))
attempt('getattr keywords', lambda: getattr(p, name='x'))
attempt('setattr int name', lambda: setattr(p, 1, 2))
attempt('setattr two', lambda: setattr(p, 'x'))
attempt('setattr on int', lambda: setattr(1, 'x', 2))
attempt('hasattr one', lambda: hasattr(p))
attempt('hasattr int name', lambda: hasattr(p, 1))
attempt('delattr missing', lambda: delattr(p, 'nothing'))
attempt('delattr on int', lambda: delattr(1, 'real'))


class Dynamic:
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'no {name} here')


d = Dynamic()
print(getattr(d, 'dyn_value'), getattr(d, 'other', 'fallback'), hasattr(d, 'dyn_x'), hasattr(d, 'nope'))
attempt('custom error', lambda: getattr(d, 'nope'))


class Exploding:
    @property
    def boom(self):
        raise ValueError('not an AttributeError')


attempt('hasattr propagates', lambda: hasattr(Exploding(), 'boom'))
attempt('getattr default propagates', lambda: getattr(Exploding(), 'boom', None))

# vars()
print(sorted(vars(Point))[:4], vars(Point)['dimensions'])
attempt('vars int', lambda: vars(1))
attempt('vars two', lambda: vars(1, 2))


class Slots:
    __slots__ = ('a',)


attempt('vars slots', lambda: vars(Slots()))


def local_namespace(a, b=2):
    c = a + b
    names = vars()
    return sorted(names), names['c']


print(local_namespace(1))

# dir()
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(Point) if not n.startswith('__')])


class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


print(dir(Custom()))


class Listy:
    def __dir__(self):
        return ('b', 'a')


print(dir(Listy()))


def function_scope():
    first = 1
    second = 2
    return dir()


print(function_scope())
print('Point' in dir(), 'attempt' in dir())
attempt('dir two', lambda: dir(1, 2))
print('__dict__' in dir(Point), '__init__' in dir(Point), '__class__' in dir(p))
print(sorted(set(dir(object())) - set(dir(p))))

# id, hash, callable
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__)
small = 5
print(id(small) == id(5), id(None) == id(None), id(True) == id(True))
print(hash(1), hash(True), hash(-1), hash(0), hash('') == hash(''), hash((1, 2)) == hash((1, 2)))
print(hash(a) == hash(a), type(hash(a)).__name__)
attempt('hash list', lambda: hash([]))
attempt('hash dict', lambda: hash({}))
attempt('id none', lambda: id())


class Unhashable:
    __hash__ = None


attempt('hash none', lambda: hash(Unhashable()))


class BadHash:
    def __hash__(self):
        return 'text'


attempt('hash str', lambda: hash(BadHash()))


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()))


class Callable:
    def __call__(self):
        return 'called'


print(callable(Callable()), callable(Callable), callable(p), callable(len), callable(print), callable(1), callable(None))
attempt('callable none', lambda: callable())
