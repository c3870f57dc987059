# Throwing an exception the generator doesn't handle finishes it and propagates.
def g():
    yield 1
    yield 2
it = g()
next(it)
try:
    it.throw(ValueError('not handled'))
except ValueError as e:
    print(type(e).__name__, e)
print(list(it))
fresh = g()
try:
    fresh.throw(TypeError)
except TypeError as e:
    print('unstarted throw', repr(e))
print(list(fresh))
