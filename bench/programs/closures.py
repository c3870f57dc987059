# Closures and higher-order functions: nested functions with nonlocal counters,
# function factories, decorators written by hand (no functools), lambdas as map/filter
# arguments and sort keys, partial application by hand, and callbacks.


def make_accumulator(start):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total

    def reset():
        nonlocal total
        old = total
        total = start
        return old

    return add, reset


def make_polynomial(*coeffs):
    def evaluate(x):
        acc = 0
        for c in coeffs:
            acc = acc * x + c
        return acc

    return evaluate


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x

    return composed


def partial(func, *bound, **bound_kw):
    def applied(*args, **kwargs):
        merged = dict(bound_kw)
        merged.update(kwargs)
        return func(*bound, *args, **merged)

    return applied


def counted(func):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return func(*args)

    wrapper.calls = lambda: calls
    wrapper.__name__ = func.__name__
    return wrapper


def memoized(func):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        value = func(n)
        cache[n] = value
        return value

    wrapper.cache = cache
    return wrapper


def clamp_result(low, high):
    def decorate(func):
        def wrapper(*args, **kwargs):
            r = func(*args, **kwargs)
            return low if r < low else high if r > high else r

        return wrapper

    return decorate


@counted
def mix(a, b):
    return (a * 31 + b) % 10_007


@memoized
def partitions(n):
    # number of partitions of n into distinct parts <= n, via a closure-heavy recursion
    def count(remaining, largest):
        if remaining == 0:
            return 1
        total = 0
        for part in range(min(remaining, largest), 0, -1):
            total += count(remaining - part, part - 1)
        return total

    return count(n, n)


@clamp_result(-500, 500)
def scaled_diff(a, b, *, scale=1):
    return (a - b) * scale


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, name, handler):
        self.handlers.setdefault(name, []).append(handler)

    def emit(self, name, payload):
        results = 0
        for handler in self.handlers.get(name, ()):
            results += handler(payload)
        return results


def main():
    add, reset = make_accumulator(10)
    acc_sum = 0
    for i in range(360_000):
        add(i % 13)
        if i % 1000 == 999:
            acc_sum += reset()

    polys = [make_polynomial(*range(k, k + 4)) for k in range(12)]
    poly_sum = 0
    for x in range(60_000):
        poly_sum += polys[x % 12](x % 50)
    poly_sum %= 1_000_003

    pipeline = compose(lambda v: v * 3, lambda v: v + 7, lambda v: v % 1001, abs)
    piped = sum(pipeline(v) for v in range(-120_000, 120_000))

    power_mod = partial(pow, mod=97)
    cube_mod = partial(power_mod, exp=3)
    pm = 0
    for v in range(120_000):
        pm += cube_mod(v)

    m = 0
    for i in range(360_000):
        m = mix(m, i)
    part = sum(partitions(n) for n in range(1, 46))
    clamped = 0
    for i in range(150_000):
        clamped += scaled_diff(i % 300, 150, scale=i % 5)

    words = ["w%d" % ((i * 7919) % 5003) for i in range(90_000)]
    by_len = sorted(words, key=lambda w: (len(w), w[::-1]))
    evens = list(filter(lambda w: int(w[1:]) % 2 == 0, words))
    lengths = sum(map(lambda w: len(w) * 2, words))
    keyed = sorted(range(60_000), key=lambda k: (k * 2654435761) % 65536)

    bus = EventBus()
    seen = []
    bus.on("tick", lambda p: p % 7)
    bus.on("tick", lambda p: seen.append(p) or 1)
    for k in range(5):
        bus.on("tock", (lambda k: lambda p: p * k)(k))
    emitted = 0
    for i in range(120_000):
        emitted += bus.emit("tick", i) + bus.emit("tock", i % 11)

    adders = [(lambda n: lambda x: x + n)(n) for n in range(10)]
    late = [lambda x: x + n for n in range(10)]
    binding = sum(f(1) for f in adders) * 1000 + sum(f(1) for f in late)

    print("closures", acc_sum, poly_sum, piped, pm, m, mix.calls(), mix.__name__, part,
          len(partitions.cache), clamped, by_len[0], by_len[-1], len(evens), lengths,
          keyed[:3], emitted, len(seen), binding)


main()
