# asyncio.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout), as_completed, shield.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(f"j{i}", i * 0.06), name=f"j{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", names(done), names(pending))

    # "ok" must still be pending after the exception and a 1 ms wait, however slowly a loaded machine gets there.
    tasks = [asyncio.create_task(job("ok", 0.3), name="ok"), asyncio.create_task(job("bad", 0, True), name="bad")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("exception:", names(done), names(pending))
    for t in done:
        print(repr(t.exception()))
    done, pending = await asyncio.wait(pending, timeout=0.001)
    print("timeout:", names(done), names(pending))
    await asyncio.wait(pending)

    results = []
    # Deadlines 60 ms apart: a loaded machine starting the three late must not reorder them.
    for coro in asyncio.as_completed([job("slow", 0.12), job("fast", 0), job("mid", 0.06)]):
        results.append(await coro)
    print("as_completed:", results)
    try:
        for coro in asyncio.as_completed([job("never", 1)], timeout=0.01):
            await coro
    except TimeoutError:
        print("as_completed timed out")

    inner = asyncio.create_task(job("shielded", 0.02), name="inner")
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    print(await asyncio.sleep(0.001, result="slept"))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
