# Coroutine introspection: getcoroutinestate, cr_await along an await chain, cr_running,
# cr_frame, the coroutine_wrapper from __await__, re-awaiting a finished coroutine,
# sending non-None to a just-started coroutine, and types.coroutine generators.
import inspect
import types


@types.coroutine
def suspend(tag):
    got = yield tag
    return got


async def inner():
    value = await suspend('inner-suspend')
    return value * 2


async def outer():
    print('  running inside:', inspect.getcoroutinestate(me), me.cr_running)
    result = await inner()
    return result + 1


me = outer()
print(type(me).__name__, me.__name__, me.__qualname__, me.cr_code.co_name)
print(inspect.getcoroutinestate(me), me.cr_await, me.cr_running, me.cr_frame is not None)
print('yielded', me.send(None))
chain = me.cr_await
print(inspect.getcoroutinestate(me), type(chain).__name__, chain.__qualname__, type(chain.cr_await).__name__,
      chain.cr_await.gi_code.co_name)
try:
    me.send(20)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(me), me.cr_await, me.cr_frame)

fresh = outer()
try:
    fresh.send('x')
except TypeError as e:
    print('TypeError:', e)
fresh.close()


async def quick():
    return 'quick'


q = quick()
wrapper = q.__await__()
print(type(wrapper).__name__, iter(wrapper) is wrapper)
try:
    next(wrapper)
except StopIteration as e:
    print('via wrapper', e.value)


async def awaits(c):
    return await c


done = awaits(q)
try:
    done.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)


async def plain():
    return 1


p = plain()
try:
    iter(p)
except TypeError as e:
    print('TypeError:', e)
try:
    next(p)
except TypeError as e:
    print('TypeError:', e)
p.close()


class NotAwaitable:
    pass


async def bad_await():
    await NotAwaitable()


try:
    bad_await().send(None)
except TypeError as e:
    print('TypeError:', e)


class BadIter:
    def __await__(self):
        return [1, 2]


async def bad_iter():
    await BadIter()


try:
    bad_iter().send(None)
except TypeError as e:
    print('TypeError:', e)


def plain_gen():
    yield 'plain'


async def await_plain_gen():
    return await plain_gen()


try:
    await_plain_gen().send(None)
except TypeError as e:
    print('TypeError:', e)
print(inspect.iscoroutinefunction(outer), inspect.isawaitable(suspend('t')), inspect.iscoroutine(suspend('t')))
