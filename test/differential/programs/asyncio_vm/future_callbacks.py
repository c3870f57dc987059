# Futures: done callbacks run later via call_soon, in registration order; callbacks added
# after completion; remove_done_callback counts; InvalidStateError messages; reprs
# (addresses and source locations stripped).
import asyncio
import re


def show(obj):
    return re.sub(r" at [^ ,\]>]+", "", repr(obj))


async def main():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()

    def cb(name):
        def inner(f):
            log.append((name, f.result() if not f.cancelled() else "cancelled"))
        inner.__qualname__ = f"cb_{name}"
        return inner

    a, b = cb("a"), cb("b")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print(show(fut))
    fut.set_result(7)
    print("right after set_result:", log)
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print("after one turn:", log)

    f2 = loop.create_future()
    f2.add_done_callback(a)
    f2.add_done_callback(b)
    f2.add_done_callback(a)
    print("removed:", f2.remove_done_callback(a), f2.remove_done_callback(a))
    f2.cancel()
    await asyncio.sleep(0)
    print(log[-1], show(f2))

    f3 = loop.create_future()
    f3.set_result(1)
    for action, arg in (("set_result", 2), ("set_exception", ValueError()),):
        try:
            getattr(f3, action)(arg)
        except asyncio.InvalidStateError as e:
            print(action, "->", type(e).__name__, e)
    print("cancel done future:", f3.cancel())
    f4 = loop.create_future()
    try:
        f4.result()
    except asyncio.InvalidStateError as e:
        print("pending result ->", e)
    f4.cancel("why")
    try:
        f4.exception()
    except asyncio.CancelledError as e:
        print("exception() of cancelled ->", repr(e))
    try:
        f4.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set on cancelled ->", e)

    f5 = loop.create_future()
    err = OSError(2, "missing")
    f5.set_exception(err)
    print(show(f5), f5.exception() is err)
    try:
        f5.result()
    except OSError as e:
        print("result raises same object:", e is err)

    f6 = loop.create_future()
    try:
        f6.set_exception(StopIteration("no"))
    except TypeError as e:
        print("TypeError:", e)
    f6.set_exception(ValueError)
    print("class instantiated:", repr(f6.exception()))

    f7 = loop.create_future()
    f7.set_result(None)
    it = f7.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("await of done future stops with", e.value)
    print(asyncio.isfuture(f7), asyncio.isfuture(asyncio.sleep), f7.get_loop() is loop)
    wrapped = asyncio.wrap_future(f7)
    print("wrap_future of asyncio future is it:", wrapped is f7)


asyncio.run(main())
