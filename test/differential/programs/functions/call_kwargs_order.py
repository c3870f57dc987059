# Keyword arguments preserve call order in **kwargs and argument evaluation order is left-to-right.
def show(*a, **k):
    return list(k.items())
def v(x):
    print('eval', x)
    return x
print(show(z=v(1), a=v(2), m=v(3)))
print(show(v('p1'), *[v('star')], k=v('kw'), **{'d': v('dict')}))
