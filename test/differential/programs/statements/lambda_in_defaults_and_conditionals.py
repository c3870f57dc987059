# Expressions as statements, conditional imports, and nested lambdas as defaults.
def f(key=lambda x: -x):
    return sorted([3, 1, 2], key=key)
print(f(), f(lambda x: x))
if True:
    import math as m
else:
    m = None
print(m.floor(2.5))
1 + 2
'string statement'
print('expressions as statements evaluated and discarded')
