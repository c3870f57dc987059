# Context variables: each task runs in a copy of the context it was created in.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def handler(name):
    request.set(name)
    await asyncio.sleep(0)
    print("handler", name, "sees", request.get())
    return request.get()


async def main():
    request.set("main")
    results = await asyncio.gather(handler("a"), handler("b"))
    print(results, "main still sees", request.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in ctx")
    t = asyncio.create_task(handler("c"), context=ctx)
    await t
    print(ctx[request], request.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request.get()), context=ctx)
    print(await fut)


asyncio.run(main())
