# except* against CPython: which clauses run, what each sees, and what leaves the try.
def describe(exc, depth=0):
    pad = '  ' * depth
    if isinstance(exc, BaseExceptionGroup):
        print(f"{pad}{type(exc).__name__}({exc.message!r}) tb={exc.__traceback__ is not None}")
        for inner in exc.exceptions:
            describe(inner, depth + 1)
    else:
        print(f"{pad}{type(exc).__name__}{exc.args}")


def run(label, body):
    print(f"== {label}")
    try:
        body()
    except BaseException as exc:
        print("escaped:")
        describe(exc, 1)
    else:
        print("nothing escaped")


def naked_value_error():
    try:
        raise ValueError("v")
    except* ValueError as eg:
        print("caught", repr(eg), eg.__traceback__ is None, eg.__cause__, eg.__context__)


def naked_reraised():
    try:
        raise KeyError("k")
    except* KeyError:
        raise


def partial_match():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        print("values:", [e.args for e in eg.exceptions])


def two_clauses_both_reraise():
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), OSError(3)]), KeyError(4)])
    except* TypeError:
        raise
    except* OSError:
        raise


def raise_new_in_clause():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError("from handler") from eg.exceptions[0]


def raise_new_and_rest_unhandled():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError("replacement")
    except* KeyError:
        pass


def tuple_of_types():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2), ZeroDivisionError(3)])
    except* (ValueError, ArithmeticError) as eg:
        print("matched", sorted(type(e).__name__ for e in eg.exceptions))


def base_exceptions():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(5)])
    except* KeyboardInterrupt as eg:
        print("ki:", type(eg).__name__, repr(eg))


def nothing_matches():
    try:
        raise ExceptionGroup("top", [ValueError(1)])
    except* TypeError:
        print("not reached")


def else_and_finally():
    try:
        pass
    except* ValueError:
        print("not reached")
    else:
        print("else ran")
    finally:
        print("finally ran")


def handler_sees_sys_exception():
    import sys
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("sys.exception():", repr(sys.exception()))
    except* TypeError:
        print("sys.exception():", repr(sys.exception()))


for name, fn in list(globals().items()):
    if callable(fn) and fn.__module__ == '__main__' and name not in ('run', 'describe'):
        run(name, fn)

for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), 5):
    try:
        try:
            raise ValueError
        except* bad:
            pass
    except TypeError as exc:
        print("TypeError:", exc)
