# A function made from a module's code (FunctionType(compile(..., 'exec'), globals))
# runs with its globals as its namespace: STORE_NAME and LOAD_NAME use them.
import ast
import asyncio
from types import FunctionType

namespace = {'c': 3}
run = FunctionType(compile('b = c * 2\nprint("b is", b)', 'module', 'exec'), namespace)
print(run(), namespace['b'])

code = compile('a = await asyncio.sleep(0, result=1)', '?', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
for make in (lambda g: FunctionType(code, g)(), lambda g: eval(code, g)):
    g = {'asyncio': asyncio, 'a': 0}
    asyncio.run(make(g))
    print(g['a'])
