# The special methods of str: length, items and slices, iteration, operators, order, hash.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __index__(self):
        return 2


s = 'héllo😀wörld'
print(len(s), s[0], s[5], s[-1], s[-6], s[Index()], s[True], s[1:6], s[5:], s[:-6], s[::2], s[::-1], s[-3:-8:-2], s[100:], s[2:2])
print(s[slice(None, None, -3)], s[slice(Index(), None)], s[-100:3], s[3:-100], ''[0:5], 'abc'[::-1], 'a😀b'[1], 'a😀b'[2])
attempt('index out of range', lambda: s[11])
attempt('negative out of range', lambda: s[-12])
attempt('huge index', lambda: s[2**63])
attempt('big index', lambda: s[2**62])
attempt('str index', lambda: s['a'])
attempt('float index', lambda: s[1.0])
attempt('none index', lambda: s[None])
attempt('zero step', lambda: s[::0])
attempt('slice float', lambda: s[1.5:])
attempt('item assignment', lambda: exec("s[0] = 'x'", {'s': s}))
print(s.__len__(), s.__getitem__(1), s.__contains__('😀'), list(s.__iter__())[5:7], s.__getnewargs__())
attempt('len with arg', lambda: s.__len__(1))
attempt('getitem no arg', lambda: s.__getitem__())

it = iter('ab😀')
print(type(it).__name__, type(iter('abc')).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
print([c for c in 'xyz'], list(reversed('abc')), tuple('hi'), set('aab') == {'a', 'b'}, sorted('cab'), min('hello'), max('hello'))

print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 5, 'x'.__add__('y'), 'x'.__mul__(2), 'x'.__rmul__(3))
print('x'.__rmod__(1), 'x'.__eq__(1), 'x'.__lt__(1), 'x'.__ne__('x'))
attempt('add int', lambda: 'a' + 1)
attempt('add none', lambda: 'a' + None)
attempt('radd', lambda: 1 + 'a')
attempt('mul str', lambda: 'a' * 'b')
attempt('mul float', lambda: 'a' * 2.0)
attempt('rmul float', lambda: 2.5 * 'a')
attempt('mul huge', lambda: 'ab' * (2**62))
attempt('mul too big', lambda: 'a' * (2**63))
attempt('sub', lambda: 'a' - 'b')
attempt('neg', lambda: -'a')


class Right:
    def __radd__(self, other):
        return f'radd({other})'

    def __rmul__(self, other):
        return f'rmul({other})'

    def __rmod__(self, other):
        return f'rmod({other})'


print('a' + Right(), 'a' * Right(), 'a%s' % Right() if False else 'skip', Index() * 'ab', 'ab' * Index())
acc = ''
for i in range(5):
    acc += str(i)
acc *= 2
print(acc)

words = ['b', 'a', 'B', 'ab', '', 'é', 'e', '\uffff', '\U00010000', '\ud800', 'Z']
print(sorted(words))
print('a' < 'b', 'a' <= 'a', 'b' > 'a', 'a' >= 'b', 'abc' < 'abd', 'ab' < 'abc', '\uffff' < '\U0001F600', '\ue000' > '\U00010000')
print('x\ud800' < 'x\ue000', 'x\U00010000' > 'x\ue000', '\U00010000' > '\uffff' > '\ud7ff')
attempt('lt int', lambda: 'a' < 1)
attempt('ge none', lambda: 'a' >= None)
print('a' == 1, 'a' != 1, 'abc' == 'ab' + 'c', 'é' == '\u00e9', 'e\u0301' == 'é')
print(hash('') == 0, hash('abc') == hash('ab' + 'c'), hash('é') == hash('\xe9'), repr('it\'s "q"\n\t\\'), str('x'))
print('abc'.__sizeof__(), ''.__sizeof__(), 'é'.__sizeof__(), '\u0100x'.__sizeof__(), '😀'.__sizeof__(), 'abc'.__format__(''), 'abc'.__format__('>5'))
attempt('format int spec', lambda: 'abc'.__format__(1))
print(bool(''), bool('0'), not 'x', 'a' and 'b', '' or 'c')
