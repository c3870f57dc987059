# Exceptions propagate out of generators and the generator is then finished.
def gen():
    yield 1
    raise ValueError('gen failed')
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, 'exhausted'))
try:
    list(x / 0 for x in [1])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
