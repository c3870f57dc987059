# A chain of exceptions whose __context__ links close a cycle: each is printed once.
def first():
    raise ValueError("first")


def second():
    try:
        first()
    except ValueError as exc:
        raise TypeError("second")


try:
    second()
except TypeError as exc:
    top = exc
    inner = exc.__context__
    inner.__context__ = top
    cycle = KeyError("third")
    cycle.__context__ = top
    top.__cause__ = None
    top.__suppress_context__ = False
    raise cycle
