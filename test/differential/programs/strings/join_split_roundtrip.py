# split and join round trips with separators, maxsplit and whitespace rules.
s = '  alpha  beta\tgamma\n delta  '
print(s.split(), s.split(' '), s.split(None, 2), s.rsplit(None, 2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 1), 'a,b,,c,'.rsplit(',', 2))
print(''.split(), ''.split(','), 'abc'.split('abc'))
print(','.join(['x', 'y', 'z']), ''.join([]), '|'.join('abc'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
