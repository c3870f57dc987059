# printf-style formatting: str % args.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Num:
    def __index__(self):
        return 42


class Real:
    def __float__(self):
        return 2.5


class AsInt:
    def __int__(self):
        return 7


class Show:
    def __str__(self):
        return 'S'

    def __repr__(self):
        return 'Rë'


print('%s|%r|%a|%5s|%-5s|%.2s|%c|%c|%%' % ('str', 'rep', 'é', 'ab', 'ab', 'xyz', 'q', 0x1F600))
print('%d %i %u %5d %-5d| %05d %+d % d %x %X %#x %#o %o %.3d' % (1, -2, 3, 4, 5, -6, 7, 8, 255, 255, 255, 8, 8, 9))
print('%f %.2f %e %.3E %g %G %10.4f %-10.1e| %+.0f %#.0f %.1g' % (3.14159, 2.5, 12345.678, 0.000123, 1e20, 1e-7, 3.14159, 2.5, 2.5, 3.0, 0.05))
print('%s %s' % (Show(), [Show()]), '%r %a' % (Show(), Show()), '%d %x %c' % (Num(), Num(), Num()), '%f %d' % (Real(), AsInt()))
print('%d %s' % (True, False), '%d' % 3.99, '%x' % -255, '%5.1f%%' % 99.44, '%s' % (('a', 'b'),), '%s' % [1, 2], '%s' % {'k': 1})
print('%(name)s is %(age)d, %(name)r' % {'name': 'Ann', 'age': 7}, '%(x)s %%' % {'x': 1}, '%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('no args' % (), 'plain %s' % 'x', '%s' % 'single', '%s' % ('tuple1',), '%c' % 'é')
print('%s' % b'bytes', '%r' % 'quote\'s', '%5c|' % 'x', '%.0s|' % 'gone', '%(a)s %(b)s' % {'a': 1, 'b': 2, 'c': 3})
attempt('not enough', lambda: '%s %s' % ('a',))
attempt('too many', lambda: '%s' % ('a', 'b'))
attempt('number needed', lambda: '%d' % 'x')
attempt('integer needed', lambda: '%x' % 2.5)
attempt('real needed', lambda: '%f' % 'x')
attempt('char needed', lambda: '%c' % 'ab')
attempt('char range', lambda: '%c' % 0x110000)
attempt('mapping needed', lambda: '%(a)s' % 5)
attempt('missing key', lambda: '%(a)s' % {'b': 1})
attempt('bad char', lambda: '%y' % 1)
attempt('incomplete', lambda: 'abc %' % ())
attempt('star needs int', lambda: '%*d' % ('x', 1))
attempt('unconverted with dict', lambda: 'plain' % {'a': 1})
attempt('unconverted with list', lambda: 'plain' % [1])
attempt('incomplete key', lambda: '%(a' % {'a': 1})
attempt('rmod', lambda: 5 % 'a')
attempt('nan to int', lambda: '%d' % float('nan'))
print('%s' % 'x' * 2, '%-6s|' % '😀', '%06.2f' % -1.5, '%+05d' % 42, '% 5d' % 42, '%#5x' % 10, '%#X' % 255)
