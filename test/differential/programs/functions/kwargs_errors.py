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
