# exec(), eval() and compile(): namespaces, code objects, modes, flags, the closure
# argument, SyntaxErrors with their fields, and the argument errors.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


# eval with explicit namespaces; globals get __builtins__
namespace = {'x': 4}
print(eval('x * 10', namespace), '__builtins__' in namespace)
print(eval('x + y', {'x': 1}, {'y': 2}))
print(eval('  1 + 1'), eval('\t2 * 3'), eval(b'7 - 2'))
print(eval('len(items)', {'items': [1, 2, 3]}))
print(eval('[n * n for n in range(k)]', {'k': 4}))

# exec binds into the given namespaces and returns None
scope = {}
print(exec('a = 1\nb = a + 1\ndef f(): return a + b', scope))
print(scope['a'], scope['b'], scope['f'](), sorted(k for k in scope if k != '__builtins__'))
local_scope = {}
exec('c = 3', {}, local_scope)
print(local_scope)

# Without namespaces: the caller's
module_level = 'visible'
print(eval('module_level'))
exec('created_by_exec = 42')
print(created_by_exec)


def inside():
    v = 10
    print(eval('v + 1'))
    exec('w = v * 2')
    return locals()['w']


print(inside())


class Mapping:
    def __init__(self):
        self.seen = []

    def __getitem__(self, key):
        self.seen.append(key)
        if key == 'magic':
            return 99
        raise KeyError(key)


mapping = Mapping()
print(eval('magic + 1', {}, mapping), mapping.seen)

# Code objects from compile()
code = compile('total = sum(values)', '<config>', 'exec')
env = {'values': [1, 2, 3]}
exec(code, env)
print(env['total'], code.co_filename, code.co_name)
expr = compile('n ** 2', 'expr', 'eval')
print([eval(expr, {'n': n}) for n in range(4)])
print(eval(compile('x = 5', 'stmt', 'exec'), {}))
print(compile(source='1', filename='f', mode='eval').co_filename)
print(compile(b'1 + 2', 'b', 'eval').co_name, eval(compile('1', b'bytes-name', 'eval')))
print(compile('1', 'f', 'exec', dont_inherit=True, optimize=2).co_name)


# exec() of a code object with free variables needs a closure
def outer():
    secret = 'cell value'

    def inner():
        print(secret)
    return inner


inner = outer()
exec(inner.__code__, {}, None, closure=inner.__closure__)
attempt('closure missing', lambda: exec(inner.__code__))
attempt('closure wrong size', lambda: exec(inner.__code__, {}, None, closure=()))
attempt('closure on source', lambda: exec('1', closure=inner.__closure__))
attempt('closure not needed', lambda: exec(code, {}, None, closure=inner.__closure__))
attempt('eval free vars', lambda: eval(inner.__code__))

# SyntaxErrors carry their location
for source, mode in [('1 +', 'eval'), ('def f(:\n  pass', 'exec'), ('x = (1,\n', 'exec'), ('  indented', 'exec'), ('return 5', 'exec')]:
    try:
        compile(source, 'bad.py', mode)
    except SyntaxError as error:
        print(type(error).__name__, error.msg, error.filename, error.lineno, error.offset, repr(error.text))
try:
    eval('1 +')
except SyntaxError as error:
    print(error, error.filename)
try:
    exec('x = \n')
except SyntaxError as error:
    print(error.args)
attempt('null bytes', lambda: eval('1\x002'))

# Argument errors
attempt('exec int', lambda: exec(1))
attempt('exec globals list', lambda: exec('x', []))
attempt('exec locals int', lambda: exec('x', {}, 1))
attempt('exec too many', lambda: exec('1', {}, {}, 3))
attempt('exec none', lambda: exec())
attempt('eval int', lambda: eval(1))
attempt('eval globals list', lambda: eval('x', []))
attempt('eval globals int', lambda: eval('x', 1))
attempt('eval locals int', lambda: eval('x', {}, 1))
attempt('eval keywords', lambda: eval(source='1'))
attempt('eval statement', lambda: eval('x = 1'))
attempt('compile mode', lambda: compile('1', 'f', 'bad'))
attempt('compile no mode', lambda: compile('1', 'f'))
attempt('compile source int', lambda: compile(1, 'f', 'exec'))
attempt('compile filename int', lambda: compile('1', 2, 'exec'))
attempt('compile mode int', lambda: compile('1', 'f', 1))
attempt('compile flags', lambda: compile('1', 'f', 'exec', 0x8000000))
attempt('compile optimize', lambda: compile('1', 'f', 'exec', 0, False, 5))
attempt('compile flags str', lambda: compile('1', 'f', 'exec', 'x'))
attempt('runtime error', lambda: exec('1 / 0'))
attempt('name error', lambda: eval('undefined_name', {}))
