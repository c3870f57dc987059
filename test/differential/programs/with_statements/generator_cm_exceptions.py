# A contextmanager that doesn't yield or yields twice raises RuntimeError.
from contextlib import contextmanager
@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
