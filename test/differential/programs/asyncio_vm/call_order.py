# Scheduling order: call_soon is FIFO; call_at timers with equal deadlines fire in the order
# heapq gives them (not FIFO: timers compare by deadline only); sleep(0) interleaves ready
# tasks round-robin; cancelled handles are skipped.
import asyncio


async def stepper(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    for i in range(5):
        loop.call_soon(log.append, f"soon{i}")
    await asyncio.sleep(0)
    print(log)
    log.clear()
    when = loop.time() + 0.05
    for name in ("t-a", "t-b", "t-c"):
        loop.call_at(when, log.append, name)
    loop.call_at(when + 0.05, log.append, "t-late")
    loop.call_at(when - 0.03, log.append, "t-early")
    loop.call_soon(log.append, "soon-first")
    await asyncio.sleep(0.15)
    print(log)
    log.clear()
    await asyncio.gather(stepper("a", 3, log), stepper("b", 2, log), stepper("c", 4, log))
    print(log)
    log.clear()
    tasks = [asyncio.create_task(stepper(n, 2, log)) for n in "xyz"]
    log.append("created")
    await asyncio.sleep(0)
    log.append("main resumed")
    await asyncio.wait(tasks)
    print(log)
    log.clear()
    h1 = loop.call_soon(log.append, 1)
    loop.call_soon(h1.cancel)
    loop.call_soon(log.append, 2)
    h3 = loop.call_soon(log.append, 3)
    h3.cancel()
    await asyncio.sleep(0)
    print(log, h1.cancelled(), h3.cancelled())
    log.clear()

    def chain(n):
        log.append(n)
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 0)
    loop.call_soon(log.append, "other")
    for _ in range(5):
        await asyncio.sleep(0)
    print(log)


asyncio.run(main())
