# wait_for: the inner coroutine swallowing cancellation, the outer task cancelled while
# waiting, timeout=0 and None, futures, and the chain of the TimeoutError.
import asyncio


async def stubborn(delay):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn caught cancel, finishing anyway")
    await asyncio.sleep(delay)
    return "stubborn result"


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def quick():
    return "quick"


async def main():
    try:
        print(await asyncio.wait_for(stubborn(0.01), timeout=0.03))
    except TimeoutError:
        print("stubborn timed out")
    try:
        await asyncio.wait_for(slow(), timeout=0.03)
    except TimeoutError as e:
        print("TimeoutError chained from", type(e.__cause__).__name__, type(e.__context__).__name__)
    print(await asyncio.wait_for(quick(), timeout=None))
    try:
        await asyncio.wait_for(quick(), timeout=0)
    except TimeoutError:
        print("timeout=0 even on a coroutine that would finish at once")
    done = asyncio.create_task(quick())
    await done
    print(await asyncio.wait_for(done, timeout=0))
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except TimeoutError:
        print("timeout=0 on a pending coroutine")
    try:
        await asyncio.wait_for(slow(), timeout=-1)
    except TimeoutError:
        print("negative timeout")

    waiter = asyncio.create_task(asyncio.wait_for(slow(), timeout=10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    waiter.cancel("outer msg")
    try:
        await waiter
    except asyncio.CancelledError as e:
        print("outer task cancelled", e.args)

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.03, fut.set_result, "fut done")
    print(await asyncio.wait_for(fut, 1))
    fut = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(fut, 0.03)
    except TimeoutError:
        print("future cancelled by wait_for:", fut.cancelled())

    async def raiser():
        await asyncio.sleep(0)
        raise KeyError("inner")
    try:
        await asyncio.wait_for(raiser(), 1)
    except KeyError as e:
        print("inner exception passes:", repr(e))


asyncio.run(main())
