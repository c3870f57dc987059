# Queues under contention: a bounded queue blocks producers in FIFO order, getters are
# woken in order, PriorityQueue ties, task_done/join accounting, and reprs with waiters.
import asyncio
import re


def show(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def producer(q, name, n, log):
    for i in range(n):
        await q.put(f"{name}{i}")
        log.append(f"put {name}{i}")


async def getter(q, name, log):
    item = await q.get()
    log.append(f"{name} got {item}")
    q.task_done()


async def main():
    log = []
    q = asyncio.Queue(maxsize=2)
    producers = [asyncio.create_task(producer(q, n, 3, log)) for n in "ab"]
    await asyncio.sleep(0)
    print(q.qsize(), q.full(), show(q))
    while not all(p.done() for p in producers) or not q.empty():
        log.append(f"take {await q.get()}")
        q.task_done()
    print(log)
    log.clear()

    q = asyncio.Queue()
    getters = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    print(show(q))
    for item in "xyz":
        q.put_nowait(item)
    await asyncio.gather(*getters)
    print(log)
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    q = asyncio.Queue()
    joined = []

    async def joiner(name):
        await q.join()
        joined.append(name)

    for i in range(3):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(f"j{i}")) for i in range(2)]
    for _ in range(3):
        q.get_nowait()
        await asyncio.sleep(0)
        print("unfinished before task_done:", q._unfinished_tasks, joined)
        q.task_done()
    await asyncio.gather(*js)
    print("joined:", joined)

    pq = asyncio.PriorityQueue(maxsize=3)
    for item in [(2, "b"), (1, "z"), (1, "a")]:
        await pq.put(item)
    print(pq.full(), [pq.get_nowait() for _ in range(3)])
    try:
        pq.put_nowait((0, "x"))
        pq.put_nowait((0, 1))
        pq.put_nowait((0, None))
        pq.put_nowait((0, "y"))
    except TypeError as e:
        print("TypeError:", e)
    except asyncio.QueueFull:
        print("QueueFull")

    lq = asyncio.LifoQueue()
    waiter = asyncio.create_task(lq.get())
    await asyncio.sleep(0)
    for i in range(3):
        lq.put_nowait(i)
    print(await waiter, [lq.get_nowait() for _ in range(lq.qsize())])

    q = asyncio.Queue(1)
    q.put_nowait(1)
    blocked = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    blocked.cancel()
    await asyncio.sleep(0)
    print("cancelled put:", blocked.cancelled(), q.qsize(), len(q._putters))
    try:
        asyncio.Queue(maxsize=-1).put_nowait(1)
        print("negative maxsize means unbounded")
    except Exception as e:
        print(type(e).__name__)


asyncio.run(main())
