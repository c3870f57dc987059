# *args and **kwargs collection and ordering.
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*range(5), c=0, **{'z': 26}))
def g(*args):
    return args
def h(**kw):
    return kw
print(g(), g(1), h(), h(x=1, y=2), list(h(b=1, a=2)))
