# Classes called with __init__ of every kind of signature, and instances with a __call__
# written in Python, called with positional and keyword arguments: the loop runs these
# frames itself, so what they bind, return and raise must be what type.__call__ and
# slot_tp_call give.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class StarArgs:
    def __init__(*args, **kwargs):
        args[0].seen = (len(args), sorted(kwargs))


class KeywordOnly:
    def __init__(self, a, *, b=2, c):
        self.seen = (a, b, c)


class PositionalOnly:
    def __init__(self, a, /, b=5, **rest):
        self.seen = (a, b, rest)


class ReturnsValue:
    def __init__(self, x=None):
        return x


class Callable:
    def __call__(self, *args, key=None):
        return type(self).__name__, args, key


class CallableWithSelfInArgs:
    def __call__(*args):
        return len(args), type(args[0]).__name__


for label, thunk in [
    ('star args', lambda: StarArgs(1, 2, z=3).seen),
    ('star args, none', lambda: StarArgs().seen),
    ('keyword only', lambda: KeywordOnly(1, c=3).seen),
    ('keyword only missing', lambda: KeywordOnly(1)),
    ('keyword only unknown', lambda: KeywordOnly(1, c=3, d=4)),
    ('positional only', lambda: PositionalOnly(1, x=9).seen),
    ('positional only by keyword', lambda: PositionalOnly(a=1)),
    ('too many', lambda: PositionalOnly(1, 2, 3)),
    ('returns None', lambda: type(ReturnsValue(None)).__name__),
    ('returns a value', lambda: ReturnsValue(x=5)),
    ('callable', lambda: Callable()(1, 2, key='k')),
    ('callable, nothing', lambda: Callable()()),
    ('callable, bad keyword', lambda: Callable()(nope=1)),
    ('self in args', lambda: CallableWithSelfInArgs()(7, 8)),
]:
    attempt(label, thunk)

# The same calls from compiled code (a loop warmed up past the compiled tier's threshold).
results = []
for i in range(400):
    results.append((StarArgs(i, k=i).seen, KeywordOnly(i, c=i).seen, Callable()(i, key=i), CallableWithSelfInArgs()(i)))
print(results[0], results[-1])


class Deep:
    def __call__(self, n):
        return self(n + 1) if n < 50 else n


class DeepInit:
    def __init__(self, n, *, limit):
        self.depth = DeepInit(n + 1, limit=limit).depth if n < limit else n


print(Deep()(0), DeepInit(0, limit=40).depth)
