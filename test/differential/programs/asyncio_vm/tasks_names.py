# create_task numbering (Task-N), names, reprs of tasks and futures, current_task, all_tasks.
import asyncio


async def worker(n):
    await asyncio.sleep(0)
    return n * 10


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me is not None)
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2), name="second")
    print(t1.get_name(), t2.get_name())
    print(repr(t1).split(" coro=")[0])
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await t1, await t2)
    print(t1.done(), t1.result(), t1.cancelled())
    print(repr(t1).split(" coro=")[0])
    t2.set_name("renamed")
    print(t2.get_name())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.set_result(42)
    print(fut, await fut)
    fut2 = loop.create_future()
    fut2.set_exception(ValueError("bad"))
    print(fut2)
    try:
        await fut2
    except ValueError as e:
        print("caught", e)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
print(asyncio.run(worker(5)))
