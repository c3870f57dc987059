# contextvars across tasks: a task's changes stay in its copy, tokens reset, callbacks
# run in the context they were scheduled with, TaskGroup children copy the parent.
import asyncio
import contextvars
import re

depth = contextvars.ContextVar("depth", default=0)
trace = contextvars.ContextVar("trace")


def show(text):
    return re.sub(r" at 0x[0-9a-f]+", "", str(text))


async def nested(n):
    depth.set(depth.get() + 1)
    if n:
        child = asyncio.create_task(nested(n - 1))
        await child
        print("after child, my depth", depth.get())
    else:
        print("innermost depth", depth.get())


async def mutate_list():
    trace.get().append(asyncio.current_task().get_name())


async def main():
    await nested(3)
    print("main depth", depth.get())

    token = depth.set(100)
    print(token.var is depth, token.old_value is contextvars.Token.MISSING)
    t2 = depth.set(200)
    print(t2.old_value)
    depth.reset(t2)
    depth.reset(token)
    print("after reset", depth.get())
    try:
        depth.reset(token)
    except RuntimeError as e:
        print("RuntimeError:", show(e))

    trace.set([])
    await asyncio.gather(*(asyncio.create_task(mutate_list(), name=f"m{i}") for i in range(3)))
    print("shared mutable value:", trace.get())

    loop = asyncio.get_running_loop()
    seen = []
    depth.set(1)
    loop.call_soon(lambda: seen.append(depth.get()))
    depth.set(2)
    loop.call_soon(lambda: seen.append(depth.get()))
    ctx = contextvars.Context()
    loop.call_soon(lambda: seen.append(depth.get()), context=ctx)
    await asyncio.sleep(0)
    print("callbacks saw", seen)

    async def tg_child(i):
        before = depth.get()
        depth.set(before * 10 + i)
        return before, depth.get()

    depth.set(5)
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(tg_child(i)) for i in range(3)]
    print([t.result() for t in ts], depth.get())

    def in_ctx():
        depth.set(-1)
        return asyncio.current_task()

    ctx = contextvars.copy_context()
    print(ctx.run(in_ctx) is asyncio.current_task(), ctx[depth], depth.get())
    print(sorted(v.name for v in ctx), depth in ctx, len(ctx) >= 2)
    try:
        ctx.run(ctx.run, print)
    except RuntimeError as e:
        print("RuntimeError:", show(e))


asyncio.run(main())
