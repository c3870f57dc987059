# An exception escaping the main coroutine: asyncio.run re-raises it with CPython's traceback.
import asyncio


async def inner(n):
    await asyncio.sleep(0)
    if n == 0:
        raise LookupError("deep")
    await inner(n - 1)


async def main():
    task = asyncio.create_task(inner(2))
    await asyncio.sleep(0.01)
    await task


asyncio.run(main())
