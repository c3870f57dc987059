# wait_for and timeouts: TimeoutError, the inner task cancelled, results passing through.
import asyncio


async def slow(n):
    try:
        await asyncio.sleep(1)
        return n
    except asyncio.CancelledError:
        print("slow", n, "cancelled")
        raise


async def quick(n):
    await asyncio.sleep(0)
    return n


async def main():
    print(await asyncio.wait_for(quick(1), timeout=1))
    try:
        await asyncio.wait_for(slow(2), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, e.args, isinstance(e, TimeoutError))
    try:
        async with asyncio.timeout(0.01) as cm:
            print(type(cm).__name__, cm.when() is not None, cm.expired())
            await slow(3)
    except TimeoutError:
        print("timeout block expired:", cm.expired())
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(loop.time() + 1) as cm:
        print(await quick(4))
    print("expired?", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.01)
        try:
            await slow(5)
        except asyncio.CancelledError:
            print("not seen")
    print("unreachable?")


try:
    asyncio.run(main())
except TimeoutError:
    print("outer TimeoutError")
