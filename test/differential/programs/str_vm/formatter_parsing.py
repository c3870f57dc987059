# The _string module behind string.Formatter: str.format's parser, piece by piece.
import _string

for template in ['a{0!r:>{w}}b{{c}}{x.y[0]}', '}}x{}', 'plain', '', '{:}{!s}{0[1].real}', 'tail{{']:
    print(repr(template), list(_string.formatter_parser(template)))

for name in ['x.y[0][k]', '0.a', '', '12', '٣[٤]', 'a[b.c]d']:
    first, rest = _string.formatter_field_name_split(name)
    try:
        print(repr(name), repr(first), list(rest))
    except ValueError as e:
        print(repr(name), repr(first), 'ValueError', e)

for bad in ['{', 'x}', '{0!', '{0:', '{a{}']:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print(repr(bad), e)

pieces = _string.formatter_parser('a{0}b{')
print(next(pieces))
try:
    next(pieces)
except ValueError as e:
    print('lazy:', e)

for bad in [1, None]:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print(e)
print(type(_string.formatter_parser('')).__name__, type(_string.formatter_field_name_split('a')[1]).__name__)


def render(template, *args, **kwargs):
    """A tiny string.Formatter: auto-numbers fields and applies conversions and specs."""
    out = []
    auto = 0
    for literal, field, spec, conversion in _string.formatter_parser(template):
        out.append(literal)
        if field is None:
            continue
        first, rest = _string.formatter_field_name_split(field)
        if first == '':
            first, auto = auto, auto + 1
        value = args[first] if isinstance(first, int) else kwargs[first]
        for is_attr, key in rest:
            value = getattr(value, key) if is_attr else value[key]
        if conversion == 'r':
            value = repr(value)
        elif conversion == 's':
            value = str(value)
        out.append(format(value, spec))
    return ''.join(out)


print(render('{}+{}={total:>5}|{0!r}|{pt[1]}', 1, 2, total=3, pt=(4, 5)))
