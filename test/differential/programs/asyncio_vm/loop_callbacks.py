# The loop's own API: call_soon/call_later/call_at ordering, time, handles, run_until_complete.
import asyncio


def report(label, log):
    log.append(label)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.2, report, "later-0.2", log)
    loop.call_later(0.1, report, "later-0.1", log)
    # Timers far enough out that a slow first loop iteration cannot reach them.
    loop.call_at(loop.time() + 0.1, report, "at-0.1", log)
    loop.call_soon(report, "soon-1", log)
    loop.call_soon(report, "soon-2", log)
    h = loop.call_later(0.05, report, "cancelled", log)
    h.cancel()
    print(h.cancelled(), type(h).__name__)
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0.3)
    print(log)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from callback")
    print(await fut)
    print(isinstance(loop.time(), float), loop.is_running(), loop.is_closed())


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
loop.run_until_complete(main())
print(loop.run_until_complete(asyncio.sleep(0, "done")))
loop.close()
print(loop.is_closed())
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "runner 1")))
    print(runner.run(asyncio.sleep(0, "runner 2")))
    print(type(runner.get_loop()).__name__)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(nested())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
