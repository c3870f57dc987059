# Function attributes: __name__, __qualname__, __defaults__, __kwdefaults__, __doc__, custom attrs.
def outer(a, b=2, *, c=3):
    """Doc string."""
    def inner():
        pass
    return inner
print(outer.__name__, outer.__qualname__, outer.__defaults__, outer.__kwdefaults__, outer.__doc__)
print(outer(1).__qualname__, outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
outer.tag = 'custom'
print(outer.tag, sorted(k for k in vars(outer)))
print(outer.__module__, callable(outer), type(outer).__name__)
class C:
    def m(self):
        pass
print(C.m.__qualname__, C().m.__func__ is C.m, C().m.__self__.__class__.__name__)
