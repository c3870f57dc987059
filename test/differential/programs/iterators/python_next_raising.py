# Iterator classes whose __next__ (Python code) raises, met by next() with and without a
# default, by for loops and by the builtins that drain an iterator: StopIteration ends
# the iteration (its value kept), other exceptions pass through with their tracebacks,
# and a raise from a nested call, from a generator or from a bound method all arrive.
import sys
import traceback


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration(f"done at {self.n}")
        self.n -= 1
        return self.n


class Faulty(Countdown):
    def __next__(self):
        value = super().__next__()
        if value == 2:
            raise ValueError(f"bad value {value}")
        return value


class Deep(Countdown):
    def __next__(self):
        return self.step(3)

    def step(self, depth):
        if depth:
            return self.step(depth - 1)
        return super().__next__()


def drain_by_hand(iterator):
    seen = []
    while True:
        try:
            seen.append(next(iterator))
        except StopIteration as stop:
            return seen, stop.args, stop.value


print(drain_by_hand(Countdown(4)))
print(drain_by_hand(Deep(3)))
print(next(Countdown(0), "default"), next(Countdown(2), "default"))
print(list(Countdown(5)), sum(Countdown(5)), sorted(Countdown(4)), tuple(Deep(2)))
print([x * 2 for x in Countdown(3)], {x for x in Countdown(3)}, dict.fromkeys(Countdown(2)))
print(max(Countdown(6)), min(Countdown(6)), " ".join(map(str, Countdown(3))))

for make in (lambda: next(Faulty(5)), lambda: [next(Faulty(5)) for _ in range(5)], lambda: list(Faulty(5)),
             lambda: next(Faulty(3), None), lambda: [x for x in Faulty(4)], lambda: sum(Deep(0)) + next(Deep(0))):
    try:
        print("value", make())
    except Exception as exc:
        print(type(exc).__name__, exc, exc.__context__, [frame.name for frame in traceback.extract_tb(exc.__traceback__)])

# Many ends of iteration in a row, as a program makes them in a loop.
total = 0
for i in range(3000):
    total += next(Countdown(i % 3), -1)
    try:
        next(Countdown(0))
    except StopIteration as stop:
        total += len(stop.args[0])
print(total)

# The exception raised from __next__ is the one a handler sees, with its context.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        next(Faulty(3))
except ValueError as exc:
    print(repr(exc), repr(exc.__context__))

# next() checks what it is given.
for bad in (object(), 3, [1]):
    try:
        next(bad)
    except TypeError as exc:
        print(exc)


class NotCallableNext:
    __next__ = 5


try:
    next(NotCallableNext())
except TypeError as exc:
    print(exc)


# A generator's return value rides on the StopIteration next() lets through.
def gen():
    yield 1
    return "returned"


g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("generator", stop.value)
print(next(g, "exhausted"))
print(sys.getrecursionlimit() > 0)


# Built-in iterators and generators end the same way through next().
def counting(limit):
    for k in range(limit):
        yield k
    return f"counted {limit}"


def failing():
    yield 1
    raise KeyError("inside")


ends = []
for make in (lambda: iter([1, 2]), lambda: iter(range(2)), lambda: iter("ab"), lambda: iter({1: 2, 3: 4}),
             lambda: enumerate("xy"), lambda: zip("ab", "cd"), lambda: map(str, (1, 2)), lambda: counting(2)):
    iterator = make()
    taken = [next(iterator), next(iterator)]
    try:
        next(iterator)
    except StopIteration as stop:
        ends.append((type(iterator).__name__, taken, stop.args, stop.value))
    ends.append(next(iterator, "after"))
print(ends)
generator = failing()
print(next(generator))
try:
    next(generator)
except KeyError as exc:
    print("raised in the generator:", repr(exc), next(generator, "then exhausted"))
running = 0
for i in range(2000):
    it = counting(i % 3)
    while True:
        try:
            running += next(it)
        except StopIteration as stop:
            running += len(stop.value)
            break
print(running)
