# Generators are their own iterators; iter(g) is g; exhausted generators stay exhausted.
def g():
    yield from [1, 2]
it = g()
print(iter(it) is it, next(it), list(it), list(it), next(it, 'default'))
print(hasattr(it, 'send'), hasattr(it, '__next__'), type(it).__name__)
print(g.__name__, it.__name__, it.__qualname__)
