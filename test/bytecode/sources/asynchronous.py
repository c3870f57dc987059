# Coroutines and async generators: await, async for, async with, async yields.
import asyncio

async def fetch(session, url, *, retries=3):
    async with session.get(url) as response, session.lock:
        body = await response.text()
    for attempt in range(retries):
        try:
            return await asyncio.wait_for(session.get(url), timeout=attempt)
        except asyncio.TimeoutError:
            continue
    return body

async def ticks(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def consume(stream):
    total = 0
    async for value in stream:
        total += value
    else:
        total = -total
    async with stream as s:
        pass
    return total

async def nested():
    async def inner():
        return await consume(ticks(3))
    return await inner()
