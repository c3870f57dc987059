# find/rfind/index/rindex/count/startswith/endswith, with ranges and their argument errors.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Pos:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f'Pos({self.n})'


text = 'abracadabra'
for args in [('a',), ('a', 1), ('a', -4), ('bra', 2, 9), ('bra', 2, 10), ('', 5), ('', 11), ('', 12),
             ('z',), ('a', None, 4), ('a', 2**70), ('a', -2**70, 3), ('a', Pos(3)), ('ra', True)]:
    print(args, text.find(*args), text.rfind(*args), text.count(*args))

print(text.index('cad'), text.rindex('a'), text.index('a', 4, 8), text.rindex('b', 0, 5))
attempt('index missing', lambda: text.index('zz'))
attempt('rindex missing', lambda: text.rindex('a', 1, 3))
attempt('find no args', lambda: text.find())
attempt('find too many', lambda: text.find('a', 1, 2, 3))
attempt('find bad sub', lambda: text.find(3))
attempt('find bad start', lambda: text.find('a', 'x'))
attempt('count keyword', lambda: text.count(sub='a'))
attempt('count float', lambda: text.count('a', 1.0))

astral = 'x😀y😀z'
print(len(astral), astral.find('😀'), astral.rfind('😀'), astral.find('y', 2), astral.count('😀', 2), astral.index('z'))
print('\ud83d' in astral, astral.find('\ude00'), 'ab' * 3 == 'ababab')

print(text.startswith('abra'), text.startswith('cad', 4), text.startswith(('x', 'ab')), text.startswith('a', 20))
print(text.endswith('bra'), text.endswith('cad', 0, 7), text.endswith(('cad', 'zz'), 0, 7), text.endswith('', 3, 2))
print(text.startswith(''), text.endswith('', 11), text.endswith('', 12), text.startswith(()), 'a😀'.endswith('😀'))
attempt('startswith int', lambda: text.startswith(1))
attempt('startswith tuple int', lambda: text.startswith(('a', 1)))
attempt('endswith list', lambda: text.endswith(['a']))
attempt('startswith none', lambda: text.startswith())
print('ell' in 'hello', '' in 'x', 'x' in '', 'é' in 'café', '😀' in astral)
attempt('int in str', lambda: 1 in 'abc')
attempt('bytes in str', lambda: b'a' in 'abc')
