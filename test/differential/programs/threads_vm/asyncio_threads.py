# asyncio with threads: to_thread, run_in_executor, call_soon_threadsafe from a thread.
import asyncio
import threading
import time


def blocking(x):
    time.sleep(0.01)
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking, 1))
    print(await loop.run_in_executor(None, blocking, 2))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(5)))
    print(results)
    fut = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, 'set from a thread')

    threading.Thread(target=from_thread).start()
    print(await fut)
    ticks = []

    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0)

    await asyncio.gather(ticker(), asyncio.to_thread(blocking, 0))
    print(ticks)
    try:
        await asyncio.to_thread(lambda: 1 / 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    cf = asyncio.run_coroutine_threadsafe(asyncio.sleep(0, 'from coroutine'), loop)
    print(await asyncio.wrap_future(cf))


asyncio.run(main())
