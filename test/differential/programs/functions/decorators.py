# Function decorators, decorator factories, stacking order and functools.wraps.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
@repeat(2)
def square(x):
    return x * x
print(square(3), square.__name__)
@trace
def greet(name, punct='!'):
    """Say hi."""
    return 'hi ' + name + punct
print(greet('bob', punct='?'), greet.__name__, greet.__doc__, greet.__wrapped__('x'))
