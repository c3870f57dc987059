# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: ordering and reprs.
import asyncio
import re


def show(obj):
    """repr without the address, which differs from run to run."""
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def locked_worker(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def waiter(event, name):
    print(name, "waiting for event")
    await event.wait()
    print(name, "saw event")


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "consumed", items.pop(0))


async def limited(sem, n, active):
    async with sem:
        active.append(n)
        print("running", n, "active", len(active))
        # Deadlines 50 ms apart: which worker leaves first must not depend on whether two
        # timers due at about the same moment fire in the same turn of the loop.
        await asyncio.sleep(0.05 * (n + 1))
        active.remove(n)


async def at_barrier(barrier, n):
    print("arrive", n)
    index = await barrier.wait()
    print("pass", n, index)


async def main():
    lock = asyncio.Lock()
    print(show(lock), lock.locked())
    log = []
    await asyncio.gather(*(locked_worker(lock, f"w{i}", log) for i in range(3)))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()
    print(show(event))
    tasks = [asyncio.create_task(waiter(event, f"e{i}")) for i in range(2)]
    await asyncio.sleep(0)
    event.set()
    print(show(event), event.is_set())
    await asyncio.gather(*tasks)
    event.clear()
    print(event.is_set())

    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for item in ("apple", "pear"):
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)

    sem = asyncio.Semaphore(2)
    print(show(sem))
    active = []
    await asyncio.gather(*(limited(sem, i, active) for i in range(4)))
    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print(bsem.locked())
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    barrier = asyncio.Barrier(3)
    print(show(barrier))
    await asyncio.gather(*(at_barrier(barrier, i) for i in range(3)))
    print(show(barrier))


asyncio.run(main())
