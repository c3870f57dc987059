# types.FunctionType(code, globals, name, argdefs, closure): the checks func_new makes
# and the function it builds.
import types
def t(f):
    try:
        r = f()
        print('ok', repr(r).split(' at 0x')[0])
    except Exception as e:
        print(type(e).__name__, e)
def outer():
    x = 1
    def g(): return x
    return g
g = outer()
f = lambda a, b=2: (a, b)
t(lambda: types.FunctionType(1, {}))
t(lambda: types.FunctionType(f.__code__, 1))
t(lambda: types.FunctionType(f.__code__, {}, 1))
t(lambda: types.FunctionType(f.__code__, {}, None, 1))
t(lambda: types.FunctionType(f.__code__, {}, None, (5,))(1))
t(lambda: types.FunctionType(f.__code__, {}, None, None, 1))
t(lambda: types.FunctionType(g.__code__, {}))
t(lambda: types.FunctionType(g.__code__, {}, None, None, ()))
t(lambda: types.FunctionType(g.__code__, {}, None, None, (1,)))
t(lambda: types.FunctionType(g.__code__, {}, None, None, g.__closure__)())
t(lambda: types.FunctionType(f.__code__, {}, None, None, g.__closure__))
t(lambda: types.FunctionType(f.__code__, {}, 'n').__qualname__)
t(lambda: types.FunctionType(f.__code__, {'__name__': 'mod'}).__module__)
t(lambda: types.FunctionType(code=f.__code__, globals={}).__name__)
t(lambda: types.FunctionType(f.__code__, globals={}, kwdefaults={}))
t(lambda: types.FunctionType())
