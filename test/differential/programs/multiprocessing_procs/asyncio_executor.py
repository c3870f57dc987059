# asyncio with processes, as in the seed document: loop.run_in_executor with a
# ProcessPoolExecutor for CPU-bound work, next to run_in_executor(None, ...) for blocking calls.
import asyncio
from concurrent.futures import ProcessPoolExecutor


def cpu_heavy_task(data):
    return sum(x * x for x in data)


def blocking_db_query(query):
    return f'rows for {query!r}'


async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking_db_query, 'SELECT 1')
    print(result)
    with ProcessPoolExecutor(max_workers=2) as pool:
        result = await loop.run_in_executor(pool, cpu_heavy_task, range(1000))
        print(result)
        results = await asyncio.gather(*(loop.run_in_executor(pool, cpu_heavy_task, range(n)) for n in (10, 100, 1000)))
        print(results)
        try:
            await loop.run_in_executor(pool, cpu_heavy_task, [1, 'x'])
        except TypeError as e:
            print('TypeError:', e)


if __name__ == '__main__':
    asyncio.run(main())
