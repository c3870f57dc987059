# A context manager's __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('exit with', et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(ZeroDivisionError):
    1 / 0
print('after suppressed')
try:
    with Suppress(KeyError):
        int('bad')
except ValueError as e:
    print('propagated', e)
with Suppress(Exception):
    pass
