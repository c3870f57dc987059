# str.format with literal braces, nested fields, and object indexing with strings.
print('{{}} {{{0}}}'.format(5))
print('{0:>{1}}'.format('r', 4), '{a[x]}'.format(a={'x': 'X'}), '{0[0][1]}'.format(['ab']))
print('{:}'.format(7), '{0!r:>6}'.format('a'), '{:%}'.format(0.256), '{:.0%}'.format(0.5))
print('{0.real} {0.imag}'.format(3 + 4j))
try:
    '{0.missing}'.format(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    '{x}'.format(1)
except KeyError as e:
    print(type(e).__name__, e)
