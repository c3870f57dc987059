# What the loop reports at the end of objects' lives: a task's exception nobody retrieved,
# a task destroyed while pending.
import asyncio


async def fail():
    raise ValueError("boom")


async def retrieved():
    raise KeyError("seen")


async def main():
    asyncio.create_task(fail())
    t = asyncio.create_task(retrieved())
    await asyncio.sleep(0.01)
    print("retrieved:", repr(t.exception()))
    print("main done")


asyncio.run(main())

loop = asyncio.new_event_loop()


async def forever():
    await asyncio.sleep(10)


async def starter():
    loop.create_task(forever())
    await asyncio.sleep(0)

loop.run_until_complete(starter())
print("end")
