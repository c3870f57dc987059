# str.format and str.format_map: the replacement field grammar and its errors.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        return f'<{self.x},{self.y}:{spec}>'

    def __repr__(self):
        return 'Point!'


p = Point(1, 2)
print('{} {} {}'.format('a', 'b', 'c'), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}'.format('x'), '{x}-{y}'.format(x=1, y=2))
print('{0.x}/{0.y}'.format(p), '{p.x}'.format(p=p), '{0[1]}'.format([10, 20]), '{d[key]}'.format(d={'key': 'v'}))
print('{0[0]}'.format({0: 'int key'}), '{0[a]}'.format({'a': 'str key'}), '{0[-1]}'.format({'-1': 'minus'}), '{0.real.imag}'.format(5))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>8}'.format('x'), '{:>{}}'.format('w', 5), '{:{fill}^{width}}'.format('c', fill='*', width=7))
print('{}'.format(p), '{:spec}'.format(p), '{0:{1}}'.format(p, 'nested'), '{!r:}'.format(p), '{0!s:.3}'.format(p))
print('{{}} {{{0}}} }}{{'.format(1), '{:}'.format(3), '{0:}'.format('e'), '{:d} {:,} {:_x} {:08.3f} {:%}'.format(5, 10**6, 255, 3.14159, 0.25))
print('{٠}{١}'.format('arabic', 'digits'), '{00}'.format('zero'), '{0[٣]}'.format('abcd'), 'no fields'.format(1, x=2))
print('{a}'.format_map({'a': 'map'}), '{a.x}'.format_map({'a': p}), '{}'.format(None), '{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c'))


class Default(dict):
    def __missing__(self, key):
        return f'<{key}>'


print('{name} has {count} {thing}'.format_map(Default(name='Ann', count=3)))

for template, args, kwargs in [
    ('{0}{}', ('a', 'b'), {}), ('{}{0}', ('a', 'b'), {}), ('{', (), {}), ('}', (), {}), ('a{b', (), {}), ('x}y', (), {}),
    ('{0', (1,), {}), ('{0:', (1,), {}), ('{0!', (1,), {}), ('{0!r', (1,), {}), ('{0!rr}', (1,), {}), ('{0!x}', (1,), {}),
    ('{!}', (1,), {}), ('{0!\x01}', (1,), {}), ('{a{}', (), {}), ('{0[}', (1,), {}), ('{0.}', (1,), {}), ('{0[]}', ({},), {}),
    ('{0[0]x}', ([1],), {}), ('{1}', ('a',), {}), ('{}{}', ('a',), {}), ('{k}', (), {}), ('{0.nope}', (1,), {}),
    ('{0[5]}', ([1],), {}), ('{0[a]}', ([1],), {}), ('{99999999999999999999}', (1,), {}), ('{:{:{}}}', (1, 2, 3), {}),
    ('{0:{1}}', (1,), {}), ('{:d}', ('a',), {}), ('{:s}', (5,), {}), ('{:x}', (None,), {}), ('{ 0 }', (1,), {}),
    ('{0:{{}}}', (1,), {}), ('{:>5}', ([1],), {}),
]:
    attempt(template, lambda: template.format(*args, **kwargs))
attempt('map positional', lambda: '{}'.format_map({}))
attempt('map index', lambda: '{0}'.format_map({0: 'a'}))
attempt('map missing', lambda: '{x}'.format_map({}))
attempt('map not mapping', lambda: '{x}'.format_map(5))
attempt('map no args', lambda: 'x'.format_map())


class BadFormat:
    def __format__(self, spec):
        return 42


attempt('bad __format__', lambda: '{}'.format(BadFormat()))
