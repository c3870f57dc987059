# Instances of str subclasses: stored as strs, with their own class and attributes.

class Tag(str):
    def shout(self):
        return self.upper() + '!'


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())


class Loud(str):
    def __str__(self):
        return 'LOUD ' + super().__str__()

    def __repr__(self):
        return f'Loud({super().__repr__()})'


t = Tag('hello')
print(t, repr(t), type(t).__name__, isinstance(t, str), issubclass(Tag, str))
print(t.shout(), type(t.shout()).__name__, type(t.upper()).__name__, type(t + '!').__name__)
print(t == 'hello', 'hello' == t, t != 'hello', t < 'help', t >= 'hello', hash(t) == hash('hello'))
print(len(t), t[1], t[1:3], t[::-1], list(t), 'ell' in t, t * 2, 2 * t)
print(t.split('l'), t.replace('l', 'L'), t.find('lo'), t.startswith(Tag('he')))
print('-'.join([Tag('a'), 'b', Tag('c')]), Tag('<{}>').format(t), '%s|%r' % (t, t))
print(f'{t}|{t!r}|{t:>8}|{t:.2}')

t.note = 'attribute'
print(t.note, vars(t))

d = {t: 1, 'world': 2}
print(d['hello'], d[Tag('world')], 'hello' in d, Tag('hello') in {'hello'})

u = Upper('quiet')
print(u, type(u).__name__, Upper(12), str(u), type(str(u)).__name__)

loud = Loud('x')
print(str(loud), repr(loud), f'{loud}', '%s' % loud, [loud])
print(Tag(), repr(Tag()), Tag(b'by', 'ascii'), Tag(3.5))
print(t.__getnewargs__(), type(t.__getnewargs__()[0]).__name__)


class Key(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__


print(Key('ABC') == 'abc', Key('x') == 'y')
print(sorted([Tag('b'), 'c', Tag('a')]), max(Tag('x'), 'y'))
