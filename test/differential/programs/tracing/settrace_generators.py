# Tracing generators and coroutines: 'call' on each resumption, 'return' on each yield,
# StopIteration reported where a delegate returns or a for loop's iterator raises it,
# throw() and close(). (Generators are closed explicitly: CPython closes one as soon as
# it is unreachable, pyvm when it is collected.)
import sys

events = []


def tracer(frame, event, arg):
    offset = frame.f_lineno - frame.f_code.co_firstlineno
    if event == 'exception':
        arg = (arg[0].__name__, repr(arg[1]))
    elif isinstance(arg, Countdown):
        arg = 'a Countdown'
    events.append((frame.f_code.co_name, offset, event, arg if event != 'call' else None))
    return tracer


def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        i += 1
    return 'done'


def delegating():
    result = yield from counter(2)
    yield result


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')


class Awaitable:
    def __await__(self):
        yield 'suspended'
        return 'awaited'


async def inner():
    return await Awaitable()


async def outer():
    value = await inner()
    return value + '!'


def main():
    for value in counter(3):
        pass
    gen = counter(10)
    next(gen)
    gen.send(7)
    gen.close()
    list(delegating())
    gen = with_cleanup()
    next(gen)
    try:
        gen.throw(ValueError('thrown'))
    except ValueError:
        pass
    gen = with_cleanup()
    next(gen)
    gen.close()
    coro = outer()
    coro.send(None)
    try:
        coro.send(None)
    except StopIteration as stop:
        print('coroutine returned', stop.value)
    print(sum(x for x in range(3)))
    for value in Countdown(2):
        pass


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


sys.settrace(tracer)
main()
sys.settrace(None)

for event in events:
    print(*event)
