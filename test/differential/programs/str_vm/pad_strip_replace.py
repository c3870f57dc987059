# center/ljust/rjust/zfill, expandtabs, strip family, removeprefix/removesuffix, replace.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ['', 'a', 'ab', 'abc', '😀']:
    print(repr(s.center(6)), repr(s.center(5, '*')), repr(s.ljust(4, '·')), repr(s.rjust(4, '😀')), repr(s.center(-1)))
print(repr('abc'.center(2)), repr('x'.center(4, '-')), repr('xy'.center(5, '-')), repr('xyz'.center(6, '-')))
attempt('fill two chars', lambda: 'a'.center(5, 'ab'))
attempt('fill empty', lambda: 'a'.ljust(5, ''))
attempt('fill int', lambda: 'a'.rjust(5, 0))
attempt('width str', lambda: 'a'.center('5'))
attempt('width missing', lambda: 'a'.center())
attempt('center too many', lambda: 'a'.center(1, ' ', 2))
attempt('center keyword', lambda: 'a'.center(width=3))
attempt('width huge', lambda: 'a'.ljust(2**64))

for s in ['42', '-42', '+42', '', '-', 'abc', '--1', '😀']:
    print(repr(s.zfill(5)), end=' ')
print()
attempt('zfill no args', lambda: 'a'.zfill())
attempt('zfill float', lambda: 'a'.zfill(2.0))

tabbed = 'a\tbc\tdef\n\tg\r12345678\tx'
print(repr(tabbed.expandtabs()), repr(tabbed.expandtabs(4)), repr(tabbed.expandtabs(tabsize=0)), repr(tabbed.expandtabs(-3)))
attempt('tabsize huge', lambda: 'a\tb'.expandtabs(2**40))

s = ' \t\n xx yy \x0b\x0c\u3000'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)), repr('xxhixx'.strip('x')))
print(repr('abcba'.strip('ab')), repr('abcba'.lstrip('ba')), repr('abcba'.rstrip('ab')), repr('😀a😀'.strip('😀')), repr(''.strip('a')))
attempt('strip int', lambda: 'a'.strip(1))
attempt('rstrip two', lambda: 'a'.rstrip('a', 'b'))

print('prefix-body'.removeprefix('prefix-'), 'prefix-body'.removeprefix('body'), 'body.txt'.removesuffix('.txt'), 'x'.removesuffix(''))
attempt('removeprefix int', lambda: 'a'.removeprefix(1))
attempt('removesuffix none', lambda: 'a'.removesuffix())

r = 'one two one two one'
print(r.replace('one', '1'), r.replace('one', '1', 2), r.replace('one', '1', 0), r.replace('one', '1', -1))
print(r.replace('', '.'), r.replace('', '.', 3), 'abc'.replace('', '-'), ''.replace('', 'x'), 'aaa'.replace('aa', 'b'))
print('😀x😀'.replace('😀', 'e'), 'a\nb'.replace('\n', '\\n'), 'xyz'.replace('q', 'r'), 'abc'.replace('b', ''))
attempt('replace one arg', lambda: 'a'.replace('a'))
attempt('replace int old', lambda: 'a'.replace(1, 'b'))
attempt('replace int new', lambda: 'a'.replace('a', 2))
attempt('replace str count', lambda: 'a'.replace('a', 'b', 'c'))
attempt('replace keyword', lambda: 'a'.replace('a', 'b', count=1))
attempt('replace none', lambda: 'a'.replace(None, 'b'))
attempt('removeprefix none', lambda: 'a'.removeprefix(None))
attempt('fill none', lambda: 'a'.center(3, None))
