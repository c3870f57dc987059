# csv.writer: quoting modes, escaping, line terminators, and the errors of impossible rows.
import csv
import io


def write(rows, **settings):
    out = io.StringIO()
    try:
        writer = csv.writer(out, **settings)
        for row in rows:
            print(writer.writerow(row), end=' ')
    except Exception as e:
        print(type(e).__name__, e, end=' ')
    print(repr(out.getvalue()))


write([['a', 1, 2.5, None, 'x"y', 'a\nb', 'a\rb', 'a b', '']])
write([['a\rb', 'c\nd', 'e;f']], lineterminator='\n')
write([['aXb']], lineterminator='X')
write([['a', 1, 2.5, True, None, 1j, '']], quoting=csv.QUOTE_NONNUMERIC)
write([['a', 1, None, '']], quoting=csv.QUOTE_ALL)
write([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\')
write([['a,b']], quoting=csv.QUOTE_NONE)
write([['']], quoting=csv.QUOTE_NONE)
write([['c"d', 'e\\f']], doublequote=False, escapechar='\\')
write([['c"d']], doublequote=False)
write([['e\\f']], escapechar='\\')
write([[None], [], ['']])
write([('a', 'b'), 'xy', range(3)])
write([['', 'a']], delimiter=' ', skipinitialspace=True)
write([['x;y', 'z']], delimiter=';', quotechar="'")
write([['a,b']], quotechar=None)
write([1])
write([['a']], lineterminator='')


class Unprintable:
    def __str__(self):
        raise ValueError('no text')


def failing_row():
    yield 'a'
    raise KeyError('k')


write([[Unprintable()]])
write([failing_row()])


class Sink:
    def write(self, text):
        print('write', repr(text))
        return len(text)


writer = csv.writer(Sink())
print(writer.writerow(['a', 'b']))
print(writer.writerows([['c'], ['d', 'e']]))
print(writer.dialect.lineterminator == '\r\n')
for args in [(), (Sink(), 'excel', 3)]:
    try:
        csv.writer(*args)
    except TypeError as e:
        print('TypeError', e)


class NoWrite:
    write = 3


try:
    csv.writer(NoWrite())
except TypeError as e:
    print('TypeError', e)
try:
    writer.writerows(5)
except TypeError as e:
    print('TypeError', e)

out = io.StringIO()
csv.writer(out, dialect='unix').writerows([['a', 'b c'], [1, None]])
csv.writer(out, dialect='excel-tab').writerow(['t\tu', 'v'])
print(repr(out.getvalue()))
rows = [['multi\nline', 'x"y', ''], ['1', '2', '3']]
out = io.StringIO()
csv.writer(out).writerows(rows)
print(list(csv.reader(io.StringIO(out.getvalue(), newline=''))) == rows)
