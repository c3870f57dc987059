# Edge cases of *args/**kwargs: empty unpacking, keyword named like parameters, mutation of kwargs.
def f(*args, **kwargs):
    kwargs['added'] = True
    return args, kwargs
d = {'x': 1}
print(f(*[], **{}), f(**d), d)
def g(a, *args, a2=None, **kw):
    return a, args, a2, kw
print(g(1, 2, 3, a2=4, args=5, kw=6))
def h(self, *, name):
    return self, name
print(h('me', name='n'), h(name='n', self='s'))
