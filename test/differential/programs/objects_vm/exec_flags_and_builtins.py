# exec/eval/compile: 'single' mode echoing through sys.displayhook, __future__ flags
# inherited or not (dont_inherit), and the __builtins__ code run in a namespace sees.
from __future__ import annotations
exec(compile('1+1', 's', 'single'))
exec(compile('x = 5\n', 's', 'single'))
exec(compile('None', 's', 'single'))
exec(compile("'text'", 's', 'single'))
ns = {}
exec('def f(x: int) -> str: pass', ns)
print(ns['f'].__annotations__)
exec(compile('def g(x: int): pass', 'c', 'exec', dont_inherit=True), ns)
print(ns['g'].__annotations__)
import __future__
exec(compile('def h(x: int): pass', 'c', 'exec', __future__.annotations.compiler_flag, dont_inherit=True), ns)
print(ns['h'].__annotations__)
print(eval('lambda: 0').__code__.co_flags & 0x1000000)
try:
    compile('a\nb', 's', 'single')
except SyntaxError as e:
    print(e)
import builtins
ns = {}
exec('pass', ns)
print(ns['__builtins__'] is builtins.__dict__)
try:
    exec('print(1)', {'__builtins__': {}})
except NameError as e:
    print(e)
exec('out = len("abc")', d := {'__builtins__': {'len': len}})
print(d['out'])
print(eval('abs(-2)', {'__builtins__': builtins}))
def f():
    return eval('__builtins__')
print(type(f()).__name__)
