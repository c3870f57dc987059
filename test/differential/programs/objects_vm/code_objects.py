# Code objects: the co_* attributes, co_lines() and co_positions(), replace(),
# equality and the repr (address cut off).

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


def sample(a, b, /, c, *args, d, e=5, **kwargs):
    "Sample docstring."
    total = a + b
    def helper():
        return total
    return helper


code = sample.__code__
print(type(code).__name__, repr(code).split(' at 0x')[0], repr(code).split(', ')[1].startswith('file'))
print(code.co_name, code.co_qualname, code.co_firstlineno, code.co_filename.endswith('code_objects.py'))
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals)
print(code.co_varnames)
print(code.co_cellvars, code.co_freevars, code.co_names)
print(code.co_flags, code.co_stacksize > 0)
print(code.co_consts[0], type(code.co_consts[-1]).__name__ if code.co_consts else None)
print([type(c).__name__ for c in code.co_consts])
print(type(code.co_code).__name__, len(code.co_code) % 2, type(code.co_linetable).__name__, type(code.co_exceptiontable).__name__)
print(type(code.co_lnotab).__name__)

inner = sample(1, 2, 3, d=4).__code__
print(inner.co_name, inner.co_qualname, inner.co_freevars, inner.co_varnames)


def lines_demo(x):
    if x:
        return 1
    return 2


print(list(lines_demo.__code__.co_lines()))
positions = list(lines_demo.__code__.co_positions())
print(len(positions) * 2 == len(lines_demo.__code__.co_code), positions[:4])

# replace() makes a copy with the given fields changed
renamed = lines_demo.__code__.replace(co_name='renamed', co_qualname='Q.renamed')
print(renamed.co_name, renamed.co_qualname, lines_demo.__code__.co_name)
print(renamed == lines_demo.__code__, lines_demo.__code__ == lines_demo.__code__.replace())
print(hash(lines_demo.__code__) == hash(lines_demo.__code__.replace()))
moved = lines_demo.__code__.replace(co_firstlineno=100, co_filename='elsewhere.py')
print(moved.co_firstlineno, moved.co_filename, list(moved.co_lines())[1])
lines_demo.__code__ = lines_demo.__code__.replace(co_consts=(None, 10, 20))
print(lines_demo(True), lines_demo(False))
attempt('positional', lambda: code.replace(1))
attempt('bad keyword', lambda: code.replace(bogus=1))
attempt('bad name type', lambda: code.replace(co_name=1))
attempt('bad int type', lambda: code.replace(co_flags='x'))
attempt('set attribute', lambda: setattr(code, 'co_name', 'x'))

# compile() gives module code objects; nested code objects are constants
module_code = compile('def f(): return 1\nx = f()\n', 'snippet', 'exec')
print(module_code.co_name, module_code.co_filename, module_code.co_names)
nested = [c for c in module_code.co_consts if hasattr(c, 'co_code')]
print([c.co_name for c in nested], nested[0].co_qualname)
print(eval(compile('6 * 7', 'expr', 'eval')))
print(compile('1', 'a', 'eval') == compile('1', 'a', 'eval'), compile('1', 'a', 'eval') == compile('2', 'a', 'eval'))
