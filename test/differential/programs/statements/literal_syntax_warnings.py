# The compiler's SyntaxWarnings for code that is almost surely a mistake (a missing comma
# before a call or a subscript, `is` with a literal), as compile() reports them, and
# turned into SyntaxErrors by an "error" filter.
import warnings

snippets = [
    'f = lambda: (1, 2)(3)',
    'f = lambda: [1][2](3)',
    'f = lambda: {1: 2}(3)',
    "f = lambda: f'x{y}'(3)",
    'f = lambda: None[0]',
    'f = lambda: {1, 2}[0]',
    'f = lambda: (lambda: 0)[0]',
    "f = lambda: [1, 2]['a']",
    "f = lambda: (1, 2)[1.5]",
    "f = lambda: 'abc'[None]",
    'f = lambda: [1][1:2] + [1][-1] + [1][True]',
    "f = lambda x: x is 'a'",
    'f = lambda x: x is not 1.5',
    'f = lambda x: x is ()',
    'f = lambda x: x is -1',
    'f = lambda x: x is ... or x is None or x is True',
    'f = lambda x: 1 < x is (1, x)',
    'assert (x, "message")',
]
for source in snippets:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(source, '<snippet>', 'exec')
    print(repr(source), [f'{w.category.__name__}: {w.message} (line {w.lineno})' for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    for source in ('x = 5(1)', 'y = x is "s"', 'z = [1]["k"]'):
        try:
            compile(source, '<strict>', 'exec')
        except SyntaxError as e:
            print('SyntaxError:', e.msg, e.lineno, e.offset)
