# Class decorators that register or modify classes.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greet(cls):
    cls.greet = lambda self: 'hello from ' + type(self).__name__
    return cls
@register
@add_greet
class Foo:
    pass
@register
class Bar(Foo):
    pass
print(sorted(registry), Foo().greet(), Bar().greet())
