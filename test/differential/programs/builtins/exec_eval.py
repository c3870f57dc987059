# exec and eval with globals/locals dicts and compile() modes.
ns = {}
exec('x = 10\ny = x * 2\ndef f(a):\n    return a + y', ns)
print(ns['x'], ns['y'], ns['f'](1), sorted(k for k in ns if k != '__builtins__'))
print(eval('x + y', ns), eval('a * 2', {}, {'a': 21}), eval('[i * i for i in range(4)]'))
code = compile('1 + 2', '<expr>', 'eval')
print(eval(code), type(code).__name__, code.co_filename)
loc = {}
exec(compile('z = 5', '<s>', 'exec'), {}, loc)
print(loc)
for bad in ('1 +', 'x = = 1'):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval('undefined_q')
except NameError as e:
    print(type(e).__name__, e)
