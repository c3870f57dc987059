# sys.__excepthook__ writes to whatever sys.stderr is; types.TracebackType can be
# called; a comparison dunder that cannot be bound is skipped like NotImplemented;
# module __annotations__ appears on first read; weakref proxies iterate.
import io
import sys
import types
import weakref


class BrokenStr(Exception):
    def __str__(self):
        raise KeyError('no str')


for exc_type in (ValueError, BrokenStr):
    try:
        raise exc_type('message')
    except exc_type:
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
            report = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
    print(report.splitlines()[-1], 'raise exc_type' in report)

frame = sys._getframe()
try:
    1 / 0
except ZeroDivisionError as exc:
    caught_tb = exc.__traceback__
made = types.TracebackType(caught_tb, frame, 7, 42)
print(made.tb_next is caught_tb, made.tb_frame is frame, made.tb_lasti, made.tb_lineno)
print(types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=2, tb_lineno=3).tb_next)
for args in [('no', frame, 1, 2), (None, 'no', 1, 2), (None, frame, 'no', 2), ()]:
    try:
        types.TracebackType(*args)
    except TypeError as exc:
        print(exc)


def refuse(self):
    raise AttributeError('refused')


class PropertyEq:
    __eq__ = property(refuse)


a, b = PropertyEq(), PropertyEq()
print(a == a, a == b, a != a, a != b)

module = types.ModuleType('fresh')
print('__annotations__' in module.__dict__, module.__annotations__, '__annotations__' in module.__dict__)
module.__annotations__ = {'x': int}
print(module.__annotations__)
del module.__annotations__
try:
    del module.__annotations__
except AttributeError as exc:
    print('AttributeError', exc)


def gen():
    yield 'first'
    yield 'second'


iterator = gen()
proxy = weakref.proxy(iterator)
print(list(proxy))
sequence = type('L', (list,), {})([3, 1, 2])
listed = weakref.proxy(sequence)
print(len(listed), 2 in listed, listed[0], bool(listed))


class Plain:
    pass


plain = Plain()
try:
    next(weakref.proxy(plain))
except TypeError as exc:
    print(exc)
