# center, ljust, rjust, zfill and expandtabs.
for s in ['a', 'abc', 'abcdef', '-42', '+7', '']:
    print(repr(s.center(7)), repr(s.center(8, '*')), repr(s.ljust(5, '.')), repr(s.rjust(5)), repr(s.zfill(5)))
print('a\tbc\tdef'.expandtabs(), 'a\tbc\tdef'.expandtabs(4), 'x\ty\n\tz'.expandtabs(2))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
