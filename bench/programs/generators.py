# Generators: pipelines of generator functions, generator expressions, yield from,
# send(), and builtins that consume iterators (sum, any, all, zip, enumerate, map, filter).


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scaled(it, k):
    for x in it:
        yield x * k


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def main():
    pipeline = scaled(evens(take(1_400_000, naturals())), 3)
    s1 = sum(x % 1000 for x in pipeline)
    s2 = sum(len(c) * c[0] for c in chunks(take(300_000, naturals(1)), 7)) % 1_000_003
    nested = [[i, [i + 1, [i + 2, i + 3]]] for i in range(0, 150_000, 4)]
    s3 = sum(flatten(nested))
    avg = running_average()
    next(avg)
    last = 0
    for v in range(300_000):
        last = avg.send(v * 3 % 101)
    ps = list(take(6_000, primes()))
    pairs = sum(a * b for a, b in zip(ps, ps[1:]) if (b - a) == 2)
    mapped = sum(map(lambda x: x + 1, filter(lambda x: x % 3, range(600_000))))
    anyall = (any(x > 1_000 for x in ps), all(x % 2 for x in ps[1:]))
    print("generators", s1, s2, s3, last, ps[-1], pairs, mapped, anyall)


main()
