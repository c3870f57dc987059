# csv dialects: validation of the settings, the registry, and csv.py's Dialect classes.
import csv
import io


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', result)


def settings(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.lineterminator, d.quoting, d.doublequote, d.skipinitialspace, d.strict)


attempt('default', lambda: settings(csv.get_dialect('excel')))
attempt('tab', lambda: settings(csv.get_dialect('excel-tab')))
attempt('unix', lambda: settings(csv.get_dialect('unix')))
print(sorted(csv.list_dialects()))

Dialect = csv.__dict__['_Dialect']
cases = {
    'nul delimiter': dict(delimiter='\0'),
    'long delimiter': dict(delimiter='ab'),
    'empty delimiter': dict(delimiter=''),
    'None delimiter': dict(delimiter=None),
    'int delimiter': dict(delimiter=1),
    'int escapechar': dict(escapechar=1),
    'empty escapechar': dict(escapechar=''),
    'empty quotechar': dict(quotechar=''),
    'None quotechar': dict(quotechar=None),
    'None quotechar, minimal': dict(quotechar=None, quoting=csv.QUOTE_MINIMAL),
    'quoting 5': dict(quoting=5),
    'float quoting': dict(quoting=1.0),
    'bool quoting': dict(quoting=True),
    'huge quoting': dict(quoting=2 ** 40),
    'None lineterminator': dict(lineterminator=None),
    'int lineterminator': dict(lineterminator=1),
    'empty lineterminator': dict(lineterminator=''),
    'truthy strict': dict(strict=[1], doublequote=0, skipinitialspace='yes'),
    'bad keyword': dict(bogus=1),
}
for label, kwargs in cases.items():
    attempt(label, lambda: settings(Dialect(**kwargs)))
attempt('ten positional', lambda: Dialect(*range(10)))
attempt('unknown name', lambda: Dialect('nope'))
attempt('name and keyword', lambda: Dialect('excel', dialect='excel'))
attempt('pickle', lambda: Dialect().__reduce_ex__(2))

base = Dialect(delimiter=';')
print(Dialect(base) is base, Dialect(base, delimiter=':') is base)
print(settings(Dialect(base, quoting=csv.QUOTE_ALL)))


class FromAttributes:
    delimiter = '|'
    quoting = csv.QUOTE_ALL

    @property
    def quotechar(self):
        raise KeyError('ignored')


print(settings(Dialect(FromAttributes())))


class Semicolons(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', Semicolons)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE, escapechar='\\')
print(sorted(csv.list_dialects()))
print(settings(csv.get_dialect('semi')), settings(csv.get_dialect('pipes')))
print(list(csv.reader(["a;'b;c'"], 'semi')), list(csv.reader(['a\\|b|c'], dialect='pipes')))
csv.unregister_dialect('pipes')
attempt('unregister twice', lambda: csv.unregister_dialect('pipes'))
attempt('get missing', lambda: csv.get_dialect('pipes'))
attempt('get int', lambda: csv.get_dialect(1))
attempt('get no name', lambda: csv.get_dialect())
attempt('register int name', lambda: csv.register_dialect(1))
attempt('register bad dialect', lambda: csv.register_dialect('bad', delimiter=''))
attempt('unregister list', lambda: csv.unregister_dialect(['x']))


class Incomplete(csv.Dialect):
    delimiter = ','


attempt('incomplete class', Incomplete)


class BadDelimiter(csv.Dialect):
    delimiter = '::'
    quotechar = '"'
    lineterminator = '\r\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


attempt('bad class', BadDelimiter)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(issubclass(csv.Error, Exception), csv.Error.__module__, type(csv.reader([])), type(csv.writer(open(__file__))))
import _csv
attempt('instantiate reader type', lambda: _csv.Reader())
attempt('instantiate writer type', lambda: _csv.Writer())
print(csv.reader.__doc__.splitlines()[0])
attempt('list_dialects with an argument', lambda: csv.list_dialects(1))
attempt('get_dialect with two', lambda: csv.get_dialect(1, 2))
attempt('unregister_dialect with none', lambda: csv.unregister_dialect())
attempt('writerows with none', lambda: csv.writer(io.StringIO()).writerows())
print(csv.get_dialect.__text_signature__, csv.writer.__text_signature__, repr(csv.Dialect.__doc__))
