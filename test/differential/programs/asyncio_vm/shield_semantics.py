# shield: the outer future is cancelled while the inner task runs on; cancelling the
# inner cancels the outer; results and exceptions pass through.
import asyncio


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "inner was cancelled")
        raise
    if fail:
        raise ValueError(name)
    print(name, "finished")
    return name


async def caller(aw):
    try:
        return await asyncio.shield(aw)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise


async def main():
    inner = asyncio.create_task(work("a", 0.05))
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled:", c.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)

    inner = asyncio.create_task(work("b", 10))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled because inner was:", outer.cancelled())

    print(await asyncio.shield(work("c", 0)))
    try:
        await asyncio.shield(work("d", 0, fail=True))
    except ValueError as e:
        print("shield passed", repr(e))

    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print("shield of done future is it:", asyncio.shield(f) is f)

    inner = asyncio.create_task(work("e", 0.05, fail=True))
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0.1)
    print("inner exception retrieved:", repr(inner.exception()), outer.cancelled())


asyncio.run(main())
