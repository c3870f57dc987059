# setlocale(LC_ALL) takes back the composite name it returns when categories differ;
# sys.getsizeof adds the collector's header only for objects the collector tracks; print
# writes what it has before a str() that fails.
import locale
import sys

composite = locale.setlocale(locale.LC_ALL)
print(composite)
print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL, composite))
print(locale.setlocale(locale.LC_NUMERIC))
for bad in ('LC_CTYPE=C', 'LC_CTYPE=C;LC_FOO=C', 'LC_CTYPE=C;LC_NUMERIC=C', 'x;y'):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as error:
        print(repr(bad), error)


class Slotted:
    __slots__ = ()


for value in ('', 'a' * 42, '\xe9' * 42, '\u20ac' * 42, '\U0010ffff' * 42, 1, 2**100, 1.5, True, None, b'ab',
              {}, set(), object(), Slotted()):
    print(type(value).__name__, sys.getsizeof(value))


class Unprintable:
    def __str__(self):
        raise ValueError('no text')


try:
    print('before', 'and', Unprintable(), 'after')
except ValueError as error:
    print()
    print(error)
