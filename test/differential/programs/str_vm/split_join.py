# split, rsplit, splitlines, partition, rpartition and join.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = '  the quick\tbrown\n\nfox  '
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(' '), s.rsplit(' ', 2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 2), 'a,b,,c,'.rsplit(',', 2), 'a,b'.split(',', 0), 'a,b'.split(',', -5))
print('a::b::c'.split('::'), ''.split(), ''.split(','), '   '.split(), 'x'.split(sep='x'), 'a b c'.split(maxsplit=1))
print('a b c'.rsplit(maxsplit=1), 'a\u3000b\x1cc'.split(), 'a😀b😀'.split('😀'), 'a😀b'.rsplit('b'))
attempt('empty sep', lambda: 'abc'.split(''))
attempt('sep int', lambda: 'abc'.split(1))
attempt('maxsplit str', lambda: 'abc'.split(',', 'x'))
attempt('bad keyword', lambda: 'abc'.split(sepp=','))
attempt('both ways', lambda: 'abc'.split(',', sep=','))
attempt('too many', lambda: 'abc'.split(',', 1, 2))

text = 'one\ntwo\r\nthree\rfour\x0bfive\x0c\x1c\x1d\x1e\x85six\u2028seven\u2029'
print(text.splitlines(), text.splitlines(True), text.splitlines(keepends=1), ''.splitlines(), 'x\n'.splitlines())
attempt('splitlines float', lambda: 'a'.splitlines(1.5))

for sep in ['=', '==', 'x', '😀']:
    print('k=v==w😀z'.partition(sep), 'k=v==w😀z'.rpartition(sep))
attempt('partition empty', lambda: 'abc'.partition(''))
attempt('rpartition int', lambda: 'abc'.rpartition(3))
attempt('partition none', lambda: 'abc'.partition())

print('-'.join(['a', 'b', 'c']), ''.join(('x', 'y')), ', '.join(str(i) for i in range(4)), '|'.join('abc'))
print('.'.join({'k': 1, 'j': 2}), ' '.join([]), '😀'.join(['a', 'b']), '-'.join(iter(['p', 'q'])))
attempt('join int', lambda: '-'.join(5))
attempt('join items', lambda: '-'.join(['a', 1, 'c']))
attempt('join bytes', lambda: '-'.join([b'a']))
attempt('join no args', lambda: '-'.join())


class Broken:
    def __iter__(self):
        raise TypeError('not today')


attempt('join broken iter', lambda: '-'.join(Broken()))


def gen():
    yield 'a'
    raise ValueError('stopped')


attempt('join failing gen', lambda: '-'.join(gen()))
