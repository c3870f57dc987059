# Lock, Condition, Semaphore and Event under contention: FIFO wakeups, cancelled waiters
# skipped, notify(n) and notify_all, Semaphore value accounting.
import asyncio


async def lock_user(lock, name, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(0)


async def cond_waiter(cond, name, log):
    async with cond:
        await cond.wait()
        log.append(name)


async def sem_user(sem, name, log):
    async with sem:
        log.append(f"{name}+")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name}-")


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(lock_user(lock, f"L{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("lock order:", log, tasks[1].cancelled())

    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(cond_waiter(cond, f"C{i}", log)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all:", log)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    async with c1:
        print("shared lock:", c2.locked(), lock.locked())

    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(sem_user(sem, f"S{i}", log) for i in range(5)))
    print("semaphore:", log, sem._value)
    sem = asyncio.Semaphore(0)
    woken = []

    async def sem_waiter(n):
        await sem.acquire()
        woken.append(n)

    ws = [asyncio.create_task(sem_waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print("released twice:", woken, sem.locked())
    sem.release()
    await asyncio.gather(*ws)
    print("all woken:", woken, sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    ev = asyncio.Event()
    order = []

    async def ev_waiter(n):
        await ev.wait()
        order.append(n)

    ws = [asyncio.create_task(ev_waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*ws)
    print("event set then cleared still wakes:", order, ev.is_set())


asyncio.run(main())
