# return inside a generator stops iteration; value carried by StopIteration.
def g(n):
    for i in range(n):
        if i == 2:
            return f'stopped at {i}'
        yield i
print(list(g(5)))
it = g(5)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e.value))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
