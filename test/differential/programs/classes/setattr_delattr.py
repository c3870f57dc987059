# __setattr__ and __delattr__ intercept attribute assignment and deletion.
class Guarded:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        if name.startswith('_'):
            raise AttributeError(f'cannot set {name}')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
g = Guarded()
g.a = 1
try:
    g._secret = 2
except AttributeError as e:
    print(type(e).__name__, e)
del g.a
print(g.log, hasattr(g, 'a'))
