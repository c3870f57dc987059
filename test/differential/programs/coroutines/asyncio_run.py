# asyncio.run with gather and sleep(0) keeps a deterministic order.
import asyncio
async def worker(name, n):
    out = []
    for i in range(n):
        out.append(f'{name}{i}')
        await asyncio.sleep(0)
    return out
async def main():
    results = await asyncio.gather(worker('a', 2), worker('b', 3))
    return results
print(asyncio.run(main()))
