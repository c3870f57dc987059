# An uncaught exception raised from inside a generator while iterating.
def numbers():
    yield 1
    yield 2
    raise LookupError('generator ran out of luck')
for n in numbers():
    print('got', n)
