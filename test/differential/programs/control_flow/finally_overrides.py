# A return in finally overrides a return or an exception from the try block.
def a():
    try:
        return 'try'
    finally:
        return 'finally'
def b():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def c():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return 'after'
print(a(), b())
try:
    print(c())
except KeyError as e:
    print('KeyError', e)
