# What a task does with what its coroutine yields: futures of other kinds, bare yields,
# wrong yields, awaiting itself; Future and Task used outside their protocol.
import asyncio
import re
import types


def show(text):
    return re.sub(r" at 0x[0-9a-f]+", "", str(text))


class ForeignFuture(asyncio.Future):
    """A Future subclass: the task waits for it through its Python interface."""


@types.coroutine
def bare_yield():
    yield


@types.coroutine
def yield_value(value):
    yield value


async def waits_on_foreign(loop):
    fut = ForeignFuture(loop=loop)
    loop.call_soon(fut.set_result, "foreign result")
    return await fut


async def relinquish():
    await bare_yield()
    return "after bare yield"


async def main():
    loop = asyncio.get_running_loop()
    print(await waits_on_foreign(loop))
    print(await relinquish())
    for bad in (42, loop.create_future()):
        try:
            await asyncio.create_task(yield_value(bad))
        except RuntimeError as e:
            print("RuntimeError:", show(e).split(" coro=")[0], "...", show(e).split(" with ")[-1][:30])
    me = None

    async def await_self():
        await me

    me = asyncio.create_task(await_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", show(e).split(" coro=")[0])
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(relinquish())
    for method in (t.set_result, t.set_exception):
        try:
            method(None)
        except RuntimeError as e:
            print("RuntimeError:", e)
    await t
    fut = loop.create_future()
    for args in ((StopIteration,), (3,), (int,)):
        try:
            fut.set_exception(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_exception(KeyError)
    print(repr(fut.exception()), fut._state, fut._log_traceback)
    try:
        fut._log_traceback = True
    except ValueError as e:
        print("ValueError:", e)
    print(fut.remove_done_callback(print))
    f2 = loop.create_future()
    f2.add_done_callback(print)
    f2.add_done_callback(print)
    print(len(f2._callbacks), f2.remove_done_callback(print), f2._callbacks)
    print(asyncio.Future[int], asyncio.Task[str])
    print(t.get_coro().__name__, t.cancelling(), t.uncancel(), t._must_cancel, t._fut_waiter)


asyncio.run(main())
