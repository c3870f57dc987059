# str.maketrans and str.translate.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


table = str.maketrans('abc', 'xyz', 'd')
print(sorted(table.items()), 'abcdabcd'.translate(table))
print(str.maketrans({'a': '1', 98: None, 'é': 'e', 128512: ':)', True: 'T'}))
print('aébc😀\x01'.translate(str.maketrans({'a': '1', 98: None, 'é': 'e', 128512: ':)', True: 'T'})))
print('hello'.translate({ord('l'): 'L' * 3, ord('o'): 0x1F600}), 'abc'.translate([]), 'abc'.translate({}))
print('abc'.translate(['A', 'B', 'C'] * 40), 'abc'.translate('xy'), 'abc'.translate('Q' * 99), 'x'.translate({120: ''}), str.maketrans('', ''), str.maketrans('', '', 'xy'))
print(type(str.__dict__['maketrans']).__name__, 'abc'.maketrans('a', 'b'))


class Rot13:
    def __getitem__(self, code):
        if 97 <= code <= 122:
            return (code - 97 + 13) % 26 + 97
        raise LookupError(code)


class Loud:
    calls = 0

    def __getitem__(self, code):
        Loud.calls += 1
        return chr(code).upper()


print('hello, world'.translate(Rot13()), 'aaaa'.translate(Loud()), Loud.calls)

attempt('one arg not dict', lambda: str.maketrans('abc'))
attempt('key too long', lambda: str.maketrans({'ab': 1}))
attempt('key float', lambda: str.maketrans({1.5: 1}))
attempt('lengths differ', lambda: str.maketrans('ab', 'c'))
attempt('second not str', lambda: str.maketrans('a', 1))
attempt('first not str', lambda: str.maketrans(1, 'a'))
attempt('third not str', lambda: str.maketrans('a', 'b', None))
attempt('no args', lambda: str.maketrans())
attempt('keywords', lambda: str.maketrans(x='a'))
attempt('bad mapping value', lambda: 'a'.translate({97: 1.5}))
attempt('code point too big', lambda: 'a'.translate({97: 0x110000}))
attempt('negative code point', lambda: 'a'.translate({97: -1}))
attempt('not subscriptable', lambda: 'a'.translate(5))
attempt('no table', lambda: 'a'.translate())


class Failing:
    def __getitem__(self, code):
        raise RuntimeError('boom')


attempt('lookup raises', lambda: 'a'.translate(Failing()))
print(''.translate(Failing()))
