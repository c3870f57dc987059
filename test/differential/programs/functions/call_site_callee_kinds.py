# One call site, many kinds of callee: the compiled tier calls directly only the kinds of
# native callee a site called before it was compiled (built-in functions of one or two
# arguments, built-in types of one, methods of built-in types), and any other callee,
# at any site, through the general call. Each site here is warmed up with one kind, then
# given every other kind, including callees that raise.


class Text(str):
    def upper(self):
        return 'subclass upper'


class Callable:
    def __call__(self, *args):
        return ('called', args)


def one(f, x):
    return f(x)


def two(f, x, y):
    return f(x, y)


def method(obj):
    return obj.upper()


def append_to(items, value):
    items.append(value)
    return len(items)


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as error:
        return f'{type(error).__name__}: {error}'


ONE_ARGUMENT = [len, str, abs, list, lambda s: s * 2, Callable(), int, repr, ord, sorted, type, iter]
for warm_kind in ONE_ARGUMENT[:6]:
    for _ in range(300):
        one(warm_kind, 'abc' if warm_kind is not abs else -3)
    print(warm_kind.__name__ if hasattr(warm_kind, '__name__') else 'instance',
          [attempt(one, f, 'xyz') for f in ONE_ARGUMENT if f is not iter], attempt(one, abs, 'x'), attempt(one, len, 5))

for warm_kind in (isinstance, max, lambda a, b: a + b, divmod):
    for _ in range(300):
        two(warm_kind, 7, 2) if warm_kind is not isinstance else two(isinstance, 7, int)
    print([attempt(two, f, 9, 4) for f in (max, min, pow, divmod, lambda a, b: a - b, Callable())],
          attempt(two, isinstance, 1, (int, str)), attempt(two, isinstance, 1, 2), attempt(two, getattr, 'abc', 'upper')(),
          attempt(two, max, 1, 'a'))

for _ in range(300):
    method('abc')
print(method('abc'), method(Text('abc')), method(b'bytes'), attempt(method, 5), method(bytearray(b'ba')))
for _ in range(300):
    method(Text('x'))
print(method('abc'), method(Text('abc')), method(b'bytes'))

items = []
for i in range(300):
    append_to(items, i)


class Log:
    def __init__(self):
        self.seen = []

    def append(self, value):
        self.seen.append(value * 2)

    def __len__(self):
        return len(self.seen)


log = Log()
print(append_to(items, 'end'), append_to(log, 21), log.seen, attempt(append_to, (), 1), attempt(append_to, {}, 1))
