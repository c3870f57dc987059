# TaskGroup: nested groups, sibling cancellation order, errors raised while cancelling,
# the parent task cancelled from outside, and create_task on a finished group.
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def failer(name, delay, exc=ValueError):
    await asyncio.sleep(delay)
    print(name, "raising")
    raise exc(name)


async def bad_cleanup(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "raises during cancellation")
        raise RuntimeError(f"{name} cleanup failed")


def describe(eg, depth=0):
    print("  " * depth + f"{type(eg).__name__}: {eg}")
    for e in getattr(eg, "exceptions", ()):
        if isinstance(e, BaseExceptionGroup):
            describe(e, depth + 1)
        else:
            print("  " * (depth + 1) + repr(e))


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("inner-sleep", 10))
        tg.create_task(failer("inner-fail", 0.03))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("outer-sleep", 10))
            tg.create_task(inner_group())
    except BaseExceptionGroup as eg:
        describe(eg)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad_cleanup("c1"))
            tg.create_task(failer("f1", 0.03, KeyError))
            tg.create_task(failer("f2", 1, TypeError))
    except BaseExceptionGroup as eg:
        describe(eg)

    async def runs_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("g-child", 10))
            await asyncio.sleep(10)

    t = asyncio.create_task(runs_group())
    await asyncio.sleep(0.03)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled, group propagated CancelledError")

    async with asyncio.TaskGroup() as tg:
        pass
    coro = sleeper("late", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is finished")[0] + " is finished")
    coro.close()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer("a", 0.03))
            raise ZeroDivisionError("body")
    except ExceptionGroup as eg:
        describe(eg)


asyncio.run(main())
