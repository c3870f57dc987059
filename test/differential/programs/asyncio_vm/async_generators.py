# Async generators and comprehensions on the loop; aclose and shutdown_asyncgens.
import asyncio


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker closed")


async def main():
    print([i async for i in ticker(3)])
    agen = ticker(10)
    async for i in agen:
        if i == 2:
            break
    await agen.aclose()
    print(await anext(ticker(1)) if False else "skip")
    gen = ticker(5)
    print(await gen.__anext__(), await gen.asend(None))
    await gen.aclose()
    print(await asyncio.gather(*(asyncio.sleep(0, i) for i in range(3))))


asyncio.run(main())
