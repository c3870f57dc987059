# __getattr__ is called only for missing attributes; __getattribute__ for all.
class Lazy:
    def __init__(self):
        self.real = 'present'
    def __getattr__(self, name):
        if name.startswith('no'):
            raise AttributeError(f'no attribute {name}')
        return f'computed:{name}'
l = Lazy()
print(l.real, l.anything, getattr(l, 'other'), hasattr(l, 'nope'), getattr(l, 'nothing', 'dflt'))
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.x)
print(type(s).__name__)
