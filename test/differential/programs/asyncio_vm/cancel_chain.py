# Cancelling a task that awaits another task: the cancel goes down to the inner task,
# messages travel with it, and cancelling()/uncancel() count requests.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner cancelled with", e.args)
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer cancelled with", e.args)
        raise


async def counter():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelling() in handler:", me.cancelling())
        print("uncancel ->", me.uncancel(), "now", me.cancelling())
    await asyncio.sleep(0)
    return "recovered"


async def swallow_then_cancel_again():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed once")
    await asyncio.sleep(10)


async def main():
    it = asyncio.create_task(inner(), name="inner")
    ot = asyncio.create_task(outer(it), name="outer")
    await asyncio.sleep(0)
    print("cancel outer:", ot.cancel("from main"))
    try:
        await ot
    except asyncio.CancelledError as e:
        print("main caught", e.args)
    print(ot.cancelled(), it.cancelled())

    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0)
    it.cancel("inner only")
    try:
        await ot
    except asyncio.CancelledError as e:
        print("outer ended", e.args, ot.cancelled())

    t = asyncio.create_task(counter())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    print(await t, t.cancelled(), t.cancelling())

    t = asyncio.create_task(swallow_then_cancel_again())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("after first cancel:", t.done(), t.cancelling())
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("second cancel:", e.args, t.cancelling())

    done = asyncio.create_task(asyncio.sleep(0, "x"))
    await done
    print("cancel finished task:", done.cancel(), done.cancelling())

    me = asyncio.current_task()
    me.cancel("self")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("self-cancel:", e.args, me.cancelling(), me.uncancel())
    print("main continues", me.cancelling())


asyncio.run(main())
