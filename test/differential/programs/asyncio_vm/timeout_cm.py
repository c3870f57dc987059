# asyncio.timeout / timeout_at: reschedule, nesting, expired(), TimeoutError chained from
# the CancelledError, and misuse errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.03) as cm:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("expired:", cm.expired(), type(e.__cause__).__name__, type(e.__context__).__name__)
        print("args:", e.args, e.__suppress_context__)

    async with asyncio.timeout(0.03) as cm:
        cm.reschedule(None)
        print("when after reschedule(None):", cm.when())
        await asyncio.sleep(0.06)
    print("not expired:", cm.expired())

    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.03)
            await asyncio.sleep(10)
    except TimeoutError:
        print("rescheduled earlier expired:", cm.expired())

    try:
        async with asyncio.timeout(10) as outer:
            try:
                async with asyncio.timeout(0.03) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timed out; outer expired?", outer.expired(), inner.expired())
            outer.reschedule(loop.time() + 0.03)
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer timed out", outer.expired())

    try:
        async with asyncio.timeout(0.03):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body sees CancelledError")
                raise
    except TimeoutError:
        print("then TimeoutError outside")

    async with asyncio.timeout_at(loop.time() - 1) as cm:
        print("past deadline, not yet expired:", cm.expired())
        await asyncio.sleep(0)
        print("not reached")
    print("unreachable")


try:
    asyncio.run(main())
except TimeoutError as e:
    print("timeout_at in the past escaped run():", type(e).__name__)


async def misuse():
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(0) as cm0:
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("timeout(0) cancels at first await")
            raise
    print("never")

try:
    asyncio.run(misuse())
except TimeoutError:
    print("timeout(0) -> TimeoutError")
