"""Objects to disassemble: test/pylib/disView.test.ts lists each with pyvm's %dis listing
and with python3's dis.dis, and checks the listing's HTML. Nothing here is run except
what builds the objects (generators and coroutines are created, then closed)."""
import types


def arithmetic(a, b=2, *rest, scale, **options):
    total = a * b + len(rest) - scale
    total //= 3
    return total ** 2 % 7, -total, ~a, not b


def loops(limit):
    found = []
    for i in range(limit):
        if i % 3 == 0:
            continue
        if i > 50:
            break
        found.append(i)
    else:
        found.append(-1)
    n = 0
    while n < limit:
        n += 2
        if n == 7:
            break
    return found, n


def handlers(path):
    try:
        value = int(path)
    except (ValueError, TypeError) as error:
        value = str(error)
    except KeyError:
        raise RuntimeError("no key") from None
    else:
        value += 1
    finally:
        path = None
    return value


def nested_try(items):
    result = 0
    for item in items:
        try:
            try:
                result += 1 / item
            finally:
                result -= 1
        except ZeroDivisionError:
            continue
    return result


def managers(first, second):
    with first as a, second:
        a.run()
    with open(first) as handle:
        return handle.read()


async def async_work(source, lock):
    async with lock:
        async for chunk in source:
            await chunk.save()
    return [x async for x in source if x]


def matching(command):
    match command:
        case ["go", direction] if direction in ("north", "south"):
            return 1
        case {"action": action, **rest}:
            return action, rest
        case Point(x=0, y=y):
            return y
        case [1, 2, *others]:
            return others
        case str() | bytes():
            return "text"
        case _:
            return None


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>4})"

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)


def comprehensions(rows):
    squares = [r * r for r in rows if r]
    index = {r: i for i, r in enumerate(rows)}
    unique = {r % 5 for r in rows}
    lazy = sum(r for r in rows)
    return squares, index, unique, lazy


def closures(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    def peek():
        return count
    return step, peek


def generator(n):
    yield n
    received = yield from range(n)
    yield received


async def async_generator(n):
    for i in range(n):
        yield i
        await n


def strings(name, width):
    return f"{name!r:>{width}} and {name.upper()}" + "%s-%d" % (name, width)


def comparisons(a, b, c):
    return a < b <= c, a is not b, a in b, a not in c, a == b or b != c and c


def calls(f, args, kwargs):
    f(*args, **kwargs)
    f(1, *args, key=2)
    first, *middle, last = args
    a, (b, c) = 1, (2, 3)
    return first, middle, last, a, b, c


counter = 0


def globals_and_deletes(key, table):
    global counter
    counter += 1
    assert key in table, "missing"
    del table[key]
    table[key:] = []
    table.attr += 1
    return counter


def exception_groups(work):
    try:
        work()
    except* ValueError as group:
        print(group.exceptions)
    except* (TypeError, KeyError):
        pass


def annotated(a: int, /, b: str = "x", *, c: float = 1.5) -> bool:
    return isinstance(a, int)


def decorated():
    def decorator(func):
        return func

    @decorator
    def inner():
        return lambda y=1: y * 2
    return inner


def frozen_membership(word):
    return word in {"alpha", "beta", "gamma"}, word in ("a", "b")


def short_circuit(a, b, c):
    x = a and b or c
    if a or (b and not c):
        return x
    return not x


def deep_nesting():
    def level1():
        def level2():
            def level3():
                return 3
            return level3
        return level2
    return level1


def finally_return(x):
    try:
        return x
    finally:
        print("done")


def imports_inside():
    import os.path as p
    from collections import OrderedDict, deque
    return p, OrderedDict, deque


def slices_and_attributes(seq, obj):
    seq[1:2] = seq[::2]
    obj.items[0] += 1
    return seq[-1], obj.items[1:]


never_called = lambda value, default=None: value if value is not None else default


def _many_statements():
    source = ["def big(a, b):", "    total = 0"]
    for i in range(40):
        source.append(f"    if a > {i}:")
        source.append(f"        total += a * {i} - b")
    source.append("    return total")
    namespace = {}
    exec(compile("\n".join(source), "<big>", "exec"), namespace)
    return namespace["big"]


big = _many_statements()


def _made_generator():
    return generator(3)


def _made_coroutine():
    coroutine = async_work(None, None)
    code = coroutine.cr_code
    coroutine.close()
    return code


module = types.ModuleType("sample_module")
exec(compile("def helper(x):\n    return x + 1\n\nclass Inner:\n    def method(self):\n        return 2\n", "<sample_module>", "exec"), module.__dict__)

# (name, object, dis options): each is listed by both interpreters.
SAMPLES = [
    ("arithmetic", arithmetic, {}),
    ("loops", loops, {}),
    ("handlers", handlers, {}),
    ("nested_try", nested_try, {}),
    ("managers", managers, {}),
    ("async_work", async_work, {}),
    ("matching", matching, {}),
    ("Point", Point, {}),
    ("Point.__repr__ (method)", Point(1, 2).__repr__, {}),
    ("Point.from_pair (classmethod)", Point.from_pair, {}),
    ("comprehensions", comprehensions, {}),
    ("closures", closures, {}),
    ("closures depth 0", closures, {"depth": 0}),
    ("generator function", generator, {}),
    ("generator object", _made_generator(), {}),
    ("coroutine code", _made_coroutine(), {}),
    ("async_generator", async_generator, {}),
    ("strings", strings, {}),
    ("comparisons", comparisons, {}),
    ("calls", calls, {}),
    ("globals_and_deletes", globals_and_deletes, {}),
    ("exception_groups", exception_groups, {}),
    ("annotated", annotated, {}),
    ("decorated", decorated, {}),
    ("frozen_membership", frozen_membership, {}),
    ("short_circuit", short_circuit, {}),
    ("deep_nesting", deep_nesting, {}),
    ("deep_nesting depth 1", deep_nesting, {"depth": 1}),
    ("finally_return", finally_return, {}),
    ("imports_inside", imports_inside, {}),
    ("slices_and_attributes", slices_and_attributes, {}),
    ("lambda", never_called, {}),
    ("lambda adaptive (never run)", never_called, {"adaptive": True}),
    ("handlers show_caches", handlers, {"show_caches": True}),
    ("loops show_caches adaptive (never run)", loops, {"show_caches": True, "adaptive": True}),
    ("code object", handlers.__code__, {}),
    ("source string (statements)", "import sys\nfor arg in sys.argv:\n    print(arg)\n", {}),
    ("source string (expression)", "(lambda q: q + 1)(2) * 3", {}),
    ("raw bytecode", short_circuit.__code__.co_code, {}),
    ("module", module, {}),
    ("big (200+ instructions)", big, {"show_caches": True}),
]
