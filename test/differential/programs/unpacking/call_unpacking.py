# * and ** unpacking in calls, list/tuple/set/dict displays.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
print([*range(3), *'ab'], (*[1], 2), {*[1, 2], *[2, 3]}, {**{'x': 1}, 'y': 2})
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
