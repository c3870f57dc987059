# str.format: positional, keyword, indexing, attribute access, and auto-numbering.
class P:
    x = 3
    y = [10, 20]
print('{} {} {}'.format(1, 'two', 3.0))
print('{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {0[0]} {1[key]}'.format(['x', 'y'], {'key': 'v'}))
print('{p.x} {p.y[1]}'.format(p=P))
print('{:>5}|{:<5}|{:^5}|'.format('a', 'b', 'c'), '{:*^9}'.format('mid'))
print('{!r} {!s} {!a}'.format('q', 'q', 'ü'))
print('{0:{1}}|'.format('x', 5), '{:{}.{}f}'.format(3.14159, 8, 2))
for bad in ['{} {1}', '{0} {}', '{', '}', '{0!x}', '{:d}']:
    try:
        print(bad.format('s', 1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
