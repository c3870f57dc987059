# The ast module on pyvm's _ast: parse, dump, node classes, walking, compile() of trees.
import ast

source = '''
def greet(name: str, *args, times=1, **kw) -> str:
    """Say hello."""
    return f"Hello, {name}! " * times

class Point(Base, metaclass=Meta):
    x: int = 0
    def __init__(self, x):
        self.x = x

for i, (a, b) in enumerate(pairs):
    if a < b <= 3 and not c:
        del d[i], e.f
    elif a is not None:
        x += [y async for y in z] if w else {k: v for k, v in m.items()}
    else:
        raise ValueError("bad") from None
with open(p) as f, lock:
    data = f.read()
try:
    pass
except* (TypeError, KeyError) as eg:
    print(eg)
finally:
    lambda q, /, r=2: q ** -r
match command.split():
    case [action, *rest] if rest:
        pass
    case {"key": 1, **others}:
        pass
    case Point(x=0) | None:
        pass
x = 1_000 + 0x1f + 1.5j + b"\\x00" + ... + True
'''
tree = ast.parse(source)
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[0], include_attributes=True)[:300])
print(ast.unparse(tree))
print(sorted({type(node).__name__ for node in ast.walk(tree)}))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4j, 'c': {1, 2}}"))
print(ast.get_docstring(tree.body[0]), ast.get_source_segment(source, tree.body[0].returns))

# Node classes as CPython makes them.
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.Name.__mro__)
print(ast.arg().type_comment, ast.Constant().kind, ast.Name.__doc__, ast.AST._fields)
node = ast.Name('x')
print(node.__dict__, node.__reduce__()[0], ast.Load().__reduce__())
for attempt in [lambda: ast.Name(1, 2, 3), lambda: ast.Name('x', id='y'), lambda: ast.Name().id]:
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__, error)
first, second = ast.parse('a; b').body
print(first.value.ctx is second.value.ctx, isinstance(first, ast.stmt), isinstance(first.value, ast.expr))
match first:
    case ast.Expr(value=ast.Name(id=name)):
        print('matched', name)

# Transforming and compiling a tree.
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node) if isinstance(node.value, int) else node

tree = ast.fix_missing_locations(Doubler().visit(ast.parse('print(1 + 2, [3, 4])')))
exec(compile(tree, '<ast>', 'exec'))
print(eval(compile(ast.Expression(ast.BinOp(ast.Constant(6, lineno=1, col_offset=0), ast.Mult(), ast.Constant(7, lineno=1, col_offset=0), lineno=1, col_offset=0)), '<e>', 'eval')))
same = ast.parse('x = 1')
print(compile(same, 'f', 'exec', ast.PyCF_ONLY_AST) is same)
print(ast.dump(ast.parse('(int, str) -> None', mode='func_type')))
print(ast.dump(ast.parse('x = 1  # type: int', type_comments=True)))


def module(*statements):
    return ast.fix_missing_locations(ast.Module(list(statements), []))


def name(identifier, context=None):
    return ast.Name(identifier, context or ast.Load())


bad_trees = [
    ast.Expression(ast.Name('x', ast.Load(), lineno=1, col_offset=0)),
    ast.Module(body=(), type_ignores=[]),
    ast.Module(body=[]),
    ast.Module([ast.Expr(ast.Name(5, ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
    ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno='a', col_offset=0), lineno=1, col_offset=0)], []),
    ast.Module([ast.Expr(ast.Constant([1]), lineno=1, col_offset=0)], []),
    ast.Module([ast.Expr(ast.Constant([1], lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
    ast.Module([ast.Expr(ast.Name('x', 'Load', lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
    module(ast.Assign([name('x')], ast.Constant(1))),
    module(ast.Assign([], ast.Constant(1))),
    module(ast.Delete([name('x', ast.Store())])),
    module(ast.Expr(ast.Tuple([name('x', ast.Store())], ast.Load()))),
    module(ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))),
    module(ast.Expr(ast.Compare(ast.Constant(1), [ast.Eq()], []))),
    module(ast.Try([ast.Pass()], [], [], [])),
    module(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])),
    module(ast.Raise(None, ast.Constant(1))),
    module(ast.Import([])),
    module(ast.If(ast.Constant(1), [], [])),
    module(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], None)),
    module(ast.Expr(ast.Dict([ast.Constant(1)], []))),
    module(ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [ast.Constant(1)]), ast.Constant(1)))),
    module(ast.Expr(ast.Constant('x', kind=5))),
    module(ast.Expr(ast.Name('None', ast.Load()))),
    module(ast.For(name('x'), name('y'), [ast.Pass()], [])),
]
for tree in bad_trees:
    try:
        compile(tree, 'f', 'exec')
    except Exception as error:
        print(type(error).__name__, error)
for attempt in [lambda: compile('x', 'f', 'func_type'), lambda: compile('x', 'f', 'nope')]:
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__, error)
