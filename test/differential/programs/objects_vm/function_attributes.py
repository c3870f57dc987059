# Function objects: names, docstrings, defaults, closures, code swaps, arbitrary
# attributes and the errors their setters raise.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


def short(text):
    return text.split(' at 0x')[0]


def documented(a, b=2, *rest, c, d=4, **extra) -> int:
    "The docstring."
    return a


def undocumented():
    value = 'not a docstring'
    return value


def expression_first():
    1 + 1
    "too late to be a docstring"


def docstring_only():
    """Only a docstring."""


print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__), repr(undocumented.__doc__), repr(expression_first.__doc__), repr(docstring_only.__doc__))
print(repr((lambda: 'lambda body').__doc__))
print(documented.__defaults__, documented.__kwdefaults__, undocumented.__defaults__, undocumented.__kwdefaults__)
print(documented.__annotations__, undocumented.__annotations__)
print(documented.__closure__, type(documented.__globals__).__name__, documented.__globals__ is globals())
print(documented.__builtins__ is __builtins__.__dict__)
print(short(repr(documented)), short(repr(lambda: 0)))


class Outer:
    def method(self):
        pass

    class Inner:
        def deep(self):
            def local():
                pass
            return local


print(Outer.method.__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner().deep().__qualname__)
print(short(repr(Outer.Inner().deep())))


def counter():
    count = 0
    label = 'counter'

    def bump():
        nonlocal count
        count += 1
        return label, count
    return bump


bump = counter()
bump()
print(bump.__code__.co_freevars, len(bump.__closure__))
print([cell.cell_contents for cell in bump.__closure__])
print(type(bump.__closure__[0]).__name__)

# Setting and deleting attributes
documented.__name__ = 'renamed'
documented.__qualname__ = 'Somewhere.renamed'
print(documented.__name__, documented.__qualname__, short(repr(documented)))
documented.__doc__ = 'new doc'
print(documented.__doc__)
del documented.__doc__
print(documented.__doc__)
documented.__defaults__ = (10,)
print(documented(1, c=3), documented.__defaults__)
del documented.__defaults__
print(documented.__defaults__)
attempt('missing positional', lambda: documented(c=1))
documented.__kwdefaults__ = {'c': 'C'}
print(documented.__kwdefaults__)
documented.__module__ = 'elsewhere'
print(documented.__module__)
del documented.__module__
print(documented.__module__)
documented.__annotations__ = {'x': int}
print(documented.__annotations__)
del documented.__annotations__
print(documented.__annotations__)

attempt('name int', lambda: setattr(documented, '__name__', 1))
attempt('qualname int', lambda: setattr(documented, '__qualname__', None))
attempt('defaults list', lambda: setattr(documented, '__defaults__', [1]))
attempt('kwdefaults list', lambda: setattr(documented, '__kwdefaults__', [1]))
attempt('annotations list', lambda: setattr(documented, '__annotations__', [1]))
attempt('dict int', lambda: setattr(documented, '__dict__', 1))
attempt('del dict', lambda: delattr(documented, '__dict__'))
attempt('del name', lambda: delattr(documented, '__name__'))
attempt('globals', lambda: setattr(documented, '__globals__', {}))
attempt('closure', lambda: setattr(documented, '__closure__', None))
attempt('code int', lambda: setattr(documented, '__code__', 1))
attempt('code freevars', lambda: setattr(documented, '__code__', bump.__code__))
attempt('code freevars 2', lambda: setattr(bump, '__code__', undocumented.__code__))

# Swapping code objects between functions with the same free variables
def answer():
    return 42


def other():
    return 'other'


other.__code__ = answer.__code__
print(other(), other.__name__, other.__code__.co_name)

# Arbitrary attributes live in __dict__
def tagged():
    pass


print(tagged.__dict__)
tagged.label = 'L'
tagged.count = 3
print(tagged.label, tagged.count, tagged.__dict__)
del tagged.label
print(tagged.__dict__)
attempt('missing attr', lambda: tagged.label)
attempt('delete missing', lambda: delattr(tagged, 'label'))
tagged.__dict__ = {'replaced': True}
print(tagged.replaced)

# __get__ binds; __call__ calls
class Host:
    pass


host = Host()
bound = answer.__get__(host)
print(type(bound).__name__, bound.__self__ is host, bound.__func__ is answer)
print(answer.__get__(None, Host) is answer)
attempt('get none none', lambda: answer.__get__(None, None))
attempt('get no args', lambda: answer.__get__())
print(answer.__call__())
print(type(answer).__name__, type(answer.__code__).__name__)
attempt('function subclass', lambda: type('F', (type(answer),), {}))
