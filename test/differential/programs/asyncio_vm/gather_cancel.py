# gather and cancellation: a cancelled child with and without return_exceptions, cancelling
# the gather future itself, and what the other children see.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise


async def main():
    a = asyncio.create_task(child("a", 0.05))
    b = asyncio.create_task(child("b", 10))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0)
    b.cancel("b msg")
    res = await g
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(repr(res[1]), res[1].args)

    a = asyncio.create_task(child("c", 0.05))
    b = asyncio.create_task(child("d", 10))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", g.cancelled(), a.done())
    print("a later:", await a)

    g = asyncio.gather(child("e", 10), child("f", 10))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel("gather msg"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", g.cancelled(), e.args)

    g = asyncio.gather(child("g", 10), child("h", 10), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print("result", await g)
    except asyncio.CancelledError:
        print("return_exceptions gather still cancelled:", g.cancelled())

    fut = asyncio.get_running_loop().create_future()
    g = asyncio.gather(fut, asyncio.sleep(0, "s"))
    print("done before", g.done())
    fut.set_result("f")
    print(await g)
    print(await asyncio.gather(fut, fut, fut))


asyncio.run(main())
