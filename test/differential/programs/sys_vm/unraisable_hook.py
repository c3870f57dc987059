# sys.unraisablehook: the default hook's report (captured from sys.stderr), its
# argument checks, a hook that replaces it, and a hook that fails.
import atexit
import io
import sys

HERE = __file__


def captured(action):
    """What `action` writes to sys.stderr, with this file's path made stable."""
    saved = sys.stderr
    sys.stderr = buffer = io.StringIO()
    try:
        action()
    finally:
        sys.stderr = saved
    return buffer.getvalue().replace(HERE, '<here>')


class Culprit:
    def __repr__(self):
        return '<the culprit>'


class BadRepr:
    def __repr__(self):
        raise RuntimeError('no repr')


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')


class AppError(Exception):
    pass


def failing():
    return {}['missing']


def hook_args_of(func):
    """The UnraisableHookArgs a hook is given for an atexit callback's failure, made here by hand."""
    seen = []
    saved = sys.unraisablehook
    sys.unraisablehook = seen.append
    try:
        atexit.register(func)
        atexit._run_exitfuncs()
    finally:
        sys.unraisablehook = saved
    return seen[0]


args = hook_args_of(failing)
HookArgs = type(args)
print(HookArgs.__name__, HookArgs.__module__, HookArgs.n_fields, HookArgs.__match_args__)
print(args.exc_type, type(args.exc_value).__name__, args.exc_value, type(args.exc_traceback).__name__)
print(args.err_msg, args.object is failing, len(args), args[0] is args.exc_type)
print(hasattr(sys, 'UnraisableHookArgs'), sys.unraisablehook is sys.__unraisablehook__)

print('-- the default report')
print(captured(lambda: sys.__unraisablehook__(args)).replace(repr(failing), '<failing>'), end='')
cases = [
    (ValueError, ValueError('plain'), None, None, Culprit()),
    (ValueError, ValueError(), None, None, None),
    (KeyError, KeyError('k'), None, 'Custom message', None),
    (KeyError, KeyError('k'), None, 'Custom message', Culprit()),
    (AppError, AppError('mine'), None, None, BadRepr()),
    (BadStr, BadStr(), None, None, None),
    (ValueError, None, None, None, 'the object'),
    (ValueError, 'not an exception', None, 3, 'x'),
    (io.UnsupportedOperation, io.UnsupportedOperation('io'), None, None, None),
    (int, 1, None, None, None),
    (ValueError, ValueError('tb?'), 'not a traceback', None, None),
]
for case in cases:
    print(repr(captured(lambda: print('returned', sys.__unraisablehook__(HookArgs(case)), file=sys.stderr))))

print('-- argument checks')
for bad in [(1, 2, 3, 4, 5), None, [1, 2, 3, 4, 5]]:
    try:
        sys.__unraisablehook__(bad)
    except TypeError as exc:
        print('TypeError:', exc)
try:
    HookArgs((1, 2, 3))
except TypeError as exc:
    print('TypeError:', exc)

print('-- stderr None: nothing written, None returned')
saved = sys.stderr
sys.stderr = None
try:
    result = sys.__unraisablehook__(args)
finally:
    sys.stderr = saved
print(result)

print('-- a replacing hook')


def show(unraisable):
    print('hook called:', unraisable.exc_type.__name__, unraisable.exc_value,
          unraisable.err_msg, unraisable.object is failing_twice)


def failing_twice():
    raise AppError('at exit')


sys.unraisablehook = show
atexit.register(failing_twice)
atexit._run_exitfuncs()

print('-- a hook that fails is reported by the default one')


def broken(unraisable):
    raise RuntimeError(f'hook broke on {unraisable.exc_type.__name__}')


sys.unraisablehook = broken
atexit.register(failing_twice)
text = captured(atexit._run_exitfuncs)
print(text.replace(repr(broken), '<broken>'), end='')

print('-- a hook set to None: the default report')
sys.unraisablehook = None
atexit.register(failing_twice)
text = captured(atexit._run_exitfuncs)
print(text.replace(repr(failing_twice), '<failing_twice>'), end='')
sys.unraisablehook = sys.__unraisablehook__
