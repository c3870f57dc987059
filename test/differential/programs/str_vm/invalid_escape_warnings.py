# Invalid escapes in str, bytes and f-string literals decode as written but warn
# (DeprecationWarning, once per literal, on the literal's first line); as errors they
# become a SyntaxError at the literal. A lone '<' or '>' never ends an f-string field.
import warnings

sources = [r"'\z'", r"'\é'", r"'\8\9'", r"'\407\z'", r"b'\407'", r"b'\N'", r"b'\u'", r"f'\{6}'", r"f'\z{1}\q'",
           r"'''\n\z'''", r"'\x41\z'", r"'a' '\z' '\y'", r"rb'\z'", r"'\777'", r"'\40'", r"'\0z'", r"f'{1}\d'", r"b'\8'"]
for source in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        value = eval(source)
    print(source, ascii(value), [(str(w.message), w.category.__name__, w.lineno, w.filename) for w in caught])

for source in ("'''\n\\z'''", r"b'\407'", "x = 1\ny = '''\n\\q'''"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('error')
        try:
            compile(source, 'literal.py', 'exec')
        except SyntaxError as error:
            print(error.msg, error.lineno, error.offset, error.end_lineno, error.end_offset, error.filename)
    print(caught)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    try:
        eval("'\\e' $")
    except SyntaxError as error:
        print(error)
print(len(caught))

a, b = 1, 2
for source in ("f'x{<'", "f'x{>'", "f'{a<b}'", "f'{a>'", "f'{a<=b}'", "f'{a>b!r}'", "f'{a<b:>5}'"):
    try:
        print(source, eval(source))
    except SyntaxError as error:
        print(source, error)
