# printf-style % formatting with various conversions and flags.
print('%s %r %d %i %u' % ('s', 's', 42, -3, 7))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %#x %#o %o %e %E %g %G' % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print('%.3f %10.2f %-10.2f| %c %c %%' % (3.14159, 2.5, 2.5, 'A', 66))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 5})
print('%s' % ((1, 2),), '%s' % [1, 2], '%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 1.23456))
for bad in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
