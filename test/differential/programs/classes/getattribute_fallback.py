# __getattribute__ raising AttributeError falls through to __getattr__.
class C:
    x = 10
    def __getattribute__(self, name):
        if name == 'hidden':
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback {name}'
c = C()
print(c.x, c.hidden, c.other)
print(getattr(c, 'hidden'), hasattr(c, 'anything'))
