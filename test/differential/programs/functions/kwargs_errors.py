# Passing non-string keys via ** and mapping-type requirements.
def f(**kw):
    return kw
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()
print(f(**M()))
print(dict(M()), {**M()})
# ** after keywords (a merge into a dict that is not empty), repeated names, a dict
# subclass, and a callable that is None (None is also what pyvm keeps for "no callable").
def g(*args, **kw):
    return args, sorted(kw.items())
class D(dict):
    pass
nothing = None
print(g(1, a=1, **{'b': 2}), g(**D(c=3), d=4), g(*[1, 2], **{}))
for attempt in (lambda: g(a=1, **{'a': 2}), lambda: g(**{'a': 1}, **{'a': 2}), lambda: nothing(**{'a': 1}),
                lambda: nothing(**g), lambda: g(**g), lambda: {**g}):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
