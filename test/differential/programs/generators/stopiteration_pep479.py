# PEP 479: StopIteration escaping a generator body becomes RuntimeError with the
# StopIteration as __cause__; the same for coroutines and async generators
# (StopAsyncIteration too); StopIteration subclasses; return values are unaffected.
def leaks_next():
    it = iter([])
    yield 'before'
    next(it)
    yield 'never'


g = leaks_next()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause', type(e.__cause__).__name__, e.__suppress_context__)
print('finished:', next(g, 'exhausted'))


class MyStop(StopIteration):
    pass


def raises_subclass():
    yield 1
    raise MyStop('custom', 2)


try:
    list(raises_subclass())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause', repr(e.__cause__), e.__cause__.value)


def catches_inside():
    try:
        next(iter(()))
    except StopIteration:
        yield 'caught StopIteration inside'
    return 'returned normally'


gi = catches_inside()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print('StopIteration value:', e.value)


def thrown_in():
    yield 1


t = thrown_in()
next(t)
try:
    t.throw(StopIteration('thrown'))
except RuntimeError as e:
    print('thrown StopIteration:', e, repr(e.__cause__))


def delegate():
    yield from leaks_next()


try:
    list(delegate())
except RuntimeError as e:
    print('through yield from:', e)


async def coro():
    raise StopIteration('in coroutine')


c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print('coroutine:', e, '| cause', repr(e.__cause__))


async def agen_stop_iteration():
    yield 1
    raise StopIteration


async def agen_stop_async():
    yield 1
    raise StopAsyncIteration


for factory in (agen_stop_iteration, agen_stop_async):
    ag = factory()
    try:
        ag.__anext__().send(None)
    except StopIteration as e:
        print('first value', e.value)
    try:
        ag.__anext__().send(None)
    except RuntimeError as e:
        print(factory.__name__, '->', e, '| cause', type(e.__cause__).__name__)

# A generator expression is a generator too.
try:
    list(next(iter(())) for _ in range(1))
except RuntimeError as e:
    print('genexpr:', e)
# ...but a list comprehension is not: StopIteration escapes as is.
try:
    [next(iter(())) for _ in range(1)]
except StopIteration as e:
    print('listcomp lets StopIteration through', repr(e))
