# TaskGroup: children run together; a failure cancels the rest and raises an ExceptionGroup.
import asyncio


async def child(n, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"child {n} failed")
        print("child", n, "done")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(child(i, i * 0.01)) for i in range(3)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(10, 1))
            tg.create_task(child(11, 0, fail=True))
    except* ValueError as eg:
        print("caught", repr(eg))
        for e in eg.exceptions:
            print(" ", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(20, 1))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(30, 0, fail=True))
            tg.create_task(child(31, 0, fail=True))
    except ExceptionGroup as eg:
        print(eg, [str(e) for e in eg.exceptions])


asyncio.run(main())
