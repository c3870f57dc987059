# Async generators: asend/athrow/aclose semantics, ignoring GeneratorExit, running state,
# and finalization of unfinished generators by asyncio.run (shutdown_asyncgens).
import asyncio


async def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except KeyError as e:
                print("echo handled", repr(e))
                yield "handled"
    finally:
        print("echo finally, received", received)


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn ignores GeneratorExit")
        yield 2


async def awaits_in_finally(name):
    try:
        yield name
        yield name + "!"
    finally:
        await asyncio.sleep(0)
        print(name, "async cleanup ran")


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.athrow(KeyError("k")))
    print(await g.asend("b"))
    await g.aclose()
    try:
        await g.asend("c")
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")

    g = echo()
    try:
        await g.athrow(ValueError("before start"))
    except ValueError as e:
        print("athrow before start raises", repr(e))
    print("ag_frame after:", g.ag_frame)

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    g = echo()
    await g.asend(None)
    aw = g.asend(1)
    try:
        await g.asend(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await aw)
    try:
        await g.asend(3)
    except RuntimeError as e:
        print("RuntimeError:", e)

    a = awaits_in_finally("kept")
    print(await a.__anext__())
    b = awaits_in_finally("closed")
    print(await b.__anext__())
    await b.aclose()
    main.kept = a
    print("main returning")


asyncio.run(main())
print("after run")
