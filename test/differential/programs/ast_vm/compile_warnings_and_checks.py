# compile(): the SyntaxWarnings of the tokenizer and the compiler go through the warnings
# filters (and become SyntaxErrors when those say "error"); the source may be any buffer
# and the file name a buffer too (deprecated); trees built by hand are checked.
import ast
import warnings

SOURCES = [
    'x is 1',
    'x is not ()',
    'assert (x, "msg")',
    '[(1, 2) (3, 4)]',
    '[1, 2] [1.5]',
    '0xfor x in ()',
    '1if x else y',
    '[0x1for x in ()]',
    '1.5in x',
]

for source in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(source, '<warned>', 'exec')
    print(repr(source), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(source, '<warned>', 'exec')
        except SyntaxError as exc:
            print('   as error:', exc.msg, exc.lineno, exc.offset, exc.end_offset)

# An ignored warning is not shown, and a SyntaxError found later still wins.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    compile('x is 1', '<ignored>', 'exec')
print('ignored:', caught)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    try:
        compile('1if x else y\n1spam', '<later>', 'exec')
    except SyntaxError as exc:
        print('later error:', exc.msg, exc.lineno, [str(w.message) for w in caught])

# Sources and file names.
print(eval(memoryview(b'1234')[1:-1]))
print(compile(bytearray(b'40 + 2'), 'f.py', 'eval').co_filename)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(compile('pass', bytearray(b'buffer.py'), 'exec').co_filename)
print([str(w.message) for w in caught])
for bad_name in (['f.py'], 'a\0b'):
    try:
        compile('pass', bad_name, 'exec')
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    compile(memoryview(b'1\0'), '<nul>', 'eval')
except SyntaxError as exc:
    print(exc.msg)

# Trees made by hand: None for a required node, a NamedExpr target that is no name.
position = dict(lineno=1, col_offset=0)
trees = [
    ast.Module([ast.Assign([ast.Name('x', ast.Store(), **position)], ast.Constant(None, **position), **position)], []),
    ast.Module([ast.Expr(None, **position)], []),
    ast.Module([ast.Expr(ast.Name(None, ast.Load(), **position), **position)], []),
    ast.Module([ast.Expr(ast.Name('x', None, **position), **position)], []),
    ast.Module([ast.Expr(ast.Name('x', ast.Load()), **position)], []),
    ast.Module([ast.Expr(None)], []),
    ast.Module([ast.Expr(ast.NamedExpr(ast.Constant(1, **position), ast.Constant(2, **position), **position), **position)], []),
]
for tree in trees:
    try:
        namespace = {}
        exec(compile(tree, '<tree>', 'exec'), namespace)
        print('compiled; x =', namespace.get('x', '-'))
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)

# Errors inside an f-string field spanning lines show the field's line.
for source in ['f"""\n\n{\n6\n0}"""', 'x = 1\nf"""{a b}"""']:
    try:
        compile(source, '<fstring>', 'exec')
    except SyntaxError as exc:
        print(exc.msg, exc.lineno, exc.offset, repr(exc.text))

# `*` after positional arguments alone is plain invalid syntax.
for source in ['f(x, *:)', 'f(x, a=1, *)', 'f(**x, *y)', 'f(x, *y, *)']:
    try:
        compile(source, '<call>', 'exec')
    except SyntaxError as exc:
        print(source, '->', exc.msg, exc.offset)
