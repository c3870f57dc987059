# Every sys function rejects wrong argument counts, keywords and types with CPython's
# own words: "sys.name()" for the METH_NOARGS / METH_O ones, bare names elsewhere.
import sys

SKIP_EMPTY_CALL = {
    'exit', 'breakpointhook', '__breakpointhook__', '__interactivehook__', 'exc_info', 'exception', 'getrefcount',
    '_current_frames', '_current_exceptions', '_getframe', 'getallocatedblocks', 'getsizeof', 'get_asyncgen_hooks',
    '_clear_type_cache', '_debugmallocstats', '_getquickenedcount', 'settrace', 'setprofile', 'getdlopenflags',
    'getswitchinterval', 'get_int_max_str_digits', 'get_coroutine_origin_tracking_depth', 'getrecursionlimit',
    'gettrace', 'getprofile', 'getdefaultencoding', 'getfilesystemencoding', 'getfilesystemencodeerrors', 'is_finalizing',
    'audit',
}


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except BaseException as exc:
        print(f'{label}: {type(exc).__name__}: {exc}')
    else:
        print(f'{label}: returned {type(result).__name__}')


functions = sorted(
    name for name in dir(sys)
    if callable(getattr(sys, name)) and not isinstance(getattr(sys, name), type)
    and name not in ('breakpointhook', '__breakpointhook__', '__interactivehook__')
)
for name in functions:
    func = getattr(sys, name)
    attempt(f'{name}(1, 2, 3, 4, 5)', func, 1, 2, 3, 4, 5)
    attempt(f'{name}(bogus=1)', func, bogus=1)
    attempt(f'{name}(1, bogus=1)', func, 1, bogus=1)
    if name not in SKIP_EMPTY_CALL:
        attempt(f'{name}()', func)

print('-- wrong types')
attempt('setrecursionlimit("x")', sys.setrecursionlimit, 'x')
attempt('setrecursionlimit(2.5)', sys.setrecursionlimit, 2.5)
attempt('setrecursionlimit(2**40)', sys.setrecursionlimit, 2 ** 40)
attempt('setrecursionlimit(0)', sys.setrecursionlimit, 0)
attempt('setrecursionlimit(True)', sys.setrecursionlimit, True)


def nested_limit(limit):
    attempt(f'setrecursionlimit({limit}) two frames deep', sys.setrecursionlimit, limit)


nested_limit(2)
nested_limit(3)
print('limit still', sys.getrecursionlimit())


class Text(str):
    pass


attempt('intern(1)', sys.intern, 1)
attempt('intern(b"x")', sys.intern, b'x')
attempt('intern(Text("a"))', sys.intern, Text('a'))
print('intern returns its str:', sys.intern('spam') == 'spam')
attempt('setswitchinterval("x")', sys.setswitchinterval, 'x')
attempt('setswitchinterval(0)', sys.setswitchinterval, 0)
attempt('_getframe("x")', sys._getframe, 'x')
attempt('_getframe(2.0)', sys._getframe, 2.0)
attempt('_getframe(10**6)', sys._getframe, 10 ** 6)
attempt('_getframe(2**40)', sys._getframe, 2 ** 40)
attempt('set_int_max_str_digits("x")', sys.set_int_max_str_digits, 'x')
attempt('set_int_max_str_digits(maxdigits="x")', sys.set_int_max_str_digits, maxdigits='x')
attempt('set_int_max_str_digits(1, maxdigits=2)', sys.set_int_max_str_digits, 1, maxdigits=2)
attempt('set_int_max_str_digits(5)', sys.set_int_max_str_digits, 5)
attempt('getsizeof(1, 2, 3)', sys.getsizeof, 1, 2, 3)
attempt('getsizeof(default=5)', sys.getsizeof, default=5)
print('getsizeof(object=1) == getsizeof(1):', sys.getsizeof(object=1) == sys.getsizeof(1))
print('getsizeof(1, default=5) == getsizeof(1):', sys.getsizeof(1, default=5) == sys.getsizeof(1))
attempt('setdlopenflags("x")', sys.setdlopenflags, 'x')
attempt('setdlopenflags(2.0)', sys.setdlopenflags, 2.0)
attempt('setdlopenflags(2**70)', sys.setdlopenflags, 2 ** 70)
attempt('call_tracing(len, 1)', sys.call_tracing, len, 1)
attempt('call_tracing(len, [[1]])', sys.call_tracing, len, [[1]])
attempt('call_tracing(1, ())', sys.call_tracing, 1, ())
attempt('set_asyncgen_hooks(1)', sys.set_asyncgen_hooks, 1)
attempt('set_asyncgen_hooks(1, firstiter=None)', sys.set_asyncgen_hooks, 1, firstiter=None)
attempt('set_asyncgen_hooks(firstiter=None, finalizer=None, bogus=1)', sys.set_asyncgen_hooks, firstiter=None, finalizer=None, bogus=1)
attempt('set_asyncgen_hooks(None, None, firstiter=None)', sys.set_asyncgen_hooks, None, None, firstiter=None)
attempt('set_asyncgen_hooks(firstiter=1, finalizer=None)', sys.set_asyncgen_hooks, firstiter=1, finalizer=None)
attempt('set_coroutine_origin_tracking_depth("x")', sys.set_coroutine_origin_tracking_depth, 'x')
attempt('set_coroutine_origin_tracking_depth(depth=-1)', sys.set_coroutine_origin_tracking_depth, depth=-1)
attempt('set_coroutine_origin_tracking_depth(2**40)', sys.set_coroutine_origin_tracking_depth, 2 ** 40)
attempt('audit()', sys.audit)
attempt('audit(1) without hooks', sys.audit, 1)

print('-- excepthook given something that is not an exception')
import io
saved_stderr = sys.stderr
sys.stderr = io.StringIO()
try:
    sys.excepthook(None, None, None)
    sys.excepthook(str, 'text', None)
    sys.__excepthook__(ValueError, ValueError('real'), None)
    written = sys.stderr.getvalue()
finally:
    sys.stderr = saved_stderr
print(written, end='')
