# A bare raise re-raises the current exception, keeping its identity.
def f():
    try:
        raise KeyError('orig')
    except KeyError as e:
        saved = e
        try:
            raise
        except KeyError as e2:
            print(e2 is saved)
        raise
try:
    f()
except KeyError as e:
    print('outer', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
