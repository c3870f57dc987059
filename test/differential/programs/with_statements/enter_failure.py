# If __enter__ fails, __exit__ is not called; missing protocol raises TypeError/AttributeError.
class BadEnter:
    def __enter__(self):
        raise ValueError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with BadEnter():
        print('body')
except ValueError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
