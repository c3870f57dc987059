# Edges of the coroutine protocols: async generator introspection (ag_*), a second
# asend() while one runs, invalid __anext__ results, context managers missing half
# their protocol, throw() down an await chain, and a cleared frame of a coroutine
# that never ran.
import traceback
import types
import warnings


@types.coroutine
def pause():
    yield


async def agen():
    await pause()
    yield 1
    await pause()
    yield 2


g = agen()
print(g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_code.co_name)
first = g.asend(None)
first.send(None)
print('while awaiting:', g.ag_running, type(g.ag_await).__name__)
second = g.asend(None)
try:
    second.send(None)
except RuntimeError as exc:
    print(exc)
try:
    first.send(None)
except StopIteration as stop:
    print('yielded', stop.value, 'running', g.ag_running)
closing = g.aclose()
try:
    closing.send(None)
except StopIteration:
    print('closed; frame', g.ag_frame)


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


async def loop_over(iterable):
    async for _ in iterable:
        pass


try:
    loop_over(BadAnext()).send(None)
except TypeError as exc:
    print(exc, '| cause:', repr(exc.__cause__), exc.__suppress_context__)


class EnterOnly:
    def __enter__(self):
        return self


class AsyncEnterOnly:
    async def __aenter__(self):
        return self


class AsyncExitOnly:
    async def __aexit__(self, *exc_info):
        return False


try:
    with EnterOnly():
        pass
except TypeError as exc:
    print(exc)


async def enter(manager):
    async with manager:
        pass


for manager in (AsyncEnterOnly(), AsyncExitOnly()):
    try:
        enter(manager).send(None)
    except TypeError as exc:
        print(exc)


# throw() goes down an await chain with the awaiting frames on the stack.
async def top():
    return await middle()


async def middle():
    return await bottom()


@types.coroutine
def bottom():
    try:
        yield [frame.name for frame in traceback.extract_stack()]
    except ZeroDivisionError:
        yield [frame.name for frame in traceback.extract_stack()]


chain = top()
print(chain.send(None))
print(chain.throw(ZeroDivisionError))
chain.close()


# Clearing the frame of a coroutine that never started finalizes it: the warning comes now.
async def never_started():
    pass


coro = never_started()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    coro.cr_frame.clear()
print([str(w.message) for w in caught])
coro.close()
