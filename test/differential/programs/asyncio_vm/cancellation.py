# Cancellation: messages, CancelledError inside the task, cancelled() and the repr.
import asyncio


async def victim(name):
    try:
        print(name, "waiting")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "got", repr(e), e.args)
        raise
    finally:
        print(name, "cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallows")
    return "survived"


async def main():
    t = asyncio.create_task(victim("a"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", repr(e))
    print(t.cancelled(), t.done())
    print(repr(t).split(" coro=")[0])
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__, e.args)
    print(t.cancel())
    t2 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelled())
    t3 = asyncio.create_task(victim("c"))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 cancelled before it started:", t3.cancelled())
    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="fut msg")
    print(fut)
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print(e.args)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
