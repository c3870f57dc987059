# The seed document's example: three requests interleave on one event loop.
import asyncio


async def fetch_data(url, delay):
    print(f"Starting request {url}")
    await asyncio.sleep(delay)
    print(f"Completed request {url}")
    return f"data from {url}"


async def main():
    results = await asyncio.gather(
        fetch_data("api-1", 0.01),
        fetch_data("api-2", 0.02),
        fetch_data("api-3", 0.03),
    )
    print(results)


asyncio.run(main())
