# Queue, PriorityQueue, LifoQueue: producers and consumers, join/task_done, full and empty errors.
import asyncio


async def producer(q, items):
    for item in items:
        await q.put(item)
        print("put", item, "size", q.qsize())
    await q.put(None)


async def consumer(q, name):
    got = []
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        got.append(item)
        await asyncio.sleep(0)
    print(name, "got", got)


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.empty(), q.full(), q.maxsize)
    await asyncio.gather(producer(q, range(5)), consumer(q, "c1"))
    await q.join()
    print("joined", q)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])

    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(small)
    try:
        await asyncio.wait_for(small.put("z"), 0.01)
    except TimeoutError:
        print("put timed out", small.qsize())


asyncio.run(main())
