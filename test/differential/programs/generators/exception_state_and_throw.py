# A generator keeps its own "exception being handled" while suspended in an except
# block, falls back to its caller's otherwise, and normalizes what throw() is given.
import sys


def handler_state():
    print('start sees', sys.exc_info()[0])
    yield 1
    try:
        raise KeyError('k')
    except KeyError:
        yield 2
        print('in handler sees', sys.exc_info()[0].__name__)
    print('after handler sees', sys.exc_info()[0])
    yield 3


g = handler_state()
try:
    raise TypeError
except TypeError:
    next(g)
next(g)
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    next(g)
print(sys.exc_info())


def catches_thrown():
    try:
        yield
    except Exception as exc:
        print('caught', type(exc).__name__, exc.__context__)
        yield
        print('still handling', sys.exc_info()[0].__name__)
        yield
        raise


g = catches_thrown()
next(g)
try:
    raise ValueError('v')
except ValueError as exc:
    g.throw(exc)
next(g)
try:
    next(g)
except ValueError as exc:
    print('reraised', repr(exc), exc.__context__)


# An exception thrown into a generator that handles one is chained to it.
def inner():
    yield


def outer():
    try:
        raise KeyError('a')
    except KeyError:
        yield from inner()


g = outer()
next(g)
try:
    g.throw(ValueError)
except ValueError as exc:
    print('context', repr(exc.__context__))


class NotAnInstance(Exception):
    def __new__(cls, *args):
        return cls


class FailsToInit(Exception):
    def __init__(self):
        raise LookupError('from __init__')


def reports():
    while True:
        try:
            yield
        except Exception as exc:
            print('thrown in:', repr(exc))


g = reports()
next(g)
g.throw(NotAnInstance)
g.throw(FailsToInit)
g.throw(TypeError, ValueError('wrapped'))
g.throw(TypeError, (1, 2))
g.close()
try:
    raise NotAnInstance
except TypeError as exc:
    print('raise:', exc)


# close() accepts a generator that returns after GeneratorExit, even with a value.
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 5


g = returns_on_close()
next(g)
print('close ->', g.close())


# A finished coroutine refuses throw() too.
async def coro():
    return 1


c = coro()
try:
    c.send(None)
except StopIteration as stop:
    print('returned', stop.value)
try:
    c.throw(ValueError('late'))
except RuntimeError as exc:
    print(exc)


# Names come from the function, which may have been renamed.
def named():
    yield


named.__name__ = 'renamed'
named.__qualname__ = 'Renamed.qual'
print(named().__name__, named().__qualname__)

# A suspended generator's frame is linked to no caller.
g = named()
print(g.gi_frame.f_back)

# Generators cannot be made by calling their type, nor pickled.
try:
    type(g)()
except TypeError as exc:
    print(exc)
try:
    g.__reduce_ex__(4)
except TypeError as exc:
    print(exc)
