# gather: results in argument order, return_exceptions, the first exception propagating.
import asyncio


async def ok(n, delay):
    await asyncio.sleep(delay)
    print("ok", n)
    return n


async def fail(msg, delay):
    await asyncio.sleep(delay)
    print("failing", msg)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(ok(1, 0.1), ok(2, 0.05), ok(3, 0)))
    res = await asyncio.gather(ok(4, 0), fail("boom", 0.05), ok(5, 0.1), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(fail("first", 0), ok(6, 0.05))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.1)
    print(await asyncio.gather())


asyncio.run(main())
