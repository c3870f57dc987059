# Globals that are a dict subclass and __builtins__ that are not a dict: CPython reads
# names from them by subscription (their __getitem__ runs, and what it raises is the
# lookup's), and takes any object as the builtins (test_builtin's test_exec_globals and
# test_exec_globals_error_on_get).
import builtins
import types


class Globals(dict):
    def __getitem__(self, key):
        print('globals[%r]' % key)
        return dict.__getitem__(self, key)


class Builtins(dict):
    def __getitem__(self, key):
        print('builtins[%r]' % key)
        return dict.__getitem__(self, key)


code = '''
x = None
def f():
    return x, len
print(f())
class A: pass
print(A.__name__)
'''
exec(code, Globals(__builtins__=Builtins(vars(builtins))))
exec(code, {'__builtins__': Builtins(vars(builtins))})


def attempt(label, source, builtins_namespace):
    try:
        exec(source, {'__builtins__': builtins_namespace})
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class RaisingBuiltins(dict):
    def __getitem__(self, key):
        raise LookupError(key)


attempt('no __build_class__', 'class A: pass', {})
attempt('__build_class__ missing from a subclass', 'class A: pass', Builtins())
attempt('builtins not a mapping', 'len', 123)
attempt('missing', 'nope', Builtins())
attempt('raising', 'len', RaisingBuiltins(len=len))
attempt('builtins None', 'name', None)


def g():
    return nope


h = types.FunctionType(g.__code__, {'__builtins__': Builtins(len=len)})
try:
    h()
except NameError as e:
    print(e)
print(h.__builtins__.__class__.__name__)
