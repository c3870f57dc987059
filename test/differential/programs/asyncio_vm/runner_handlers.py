# asyncio.Runner (its context, reuse, close) and loop exception handlers: an unretrieved task
# exception reaches the custom handler at garbage collection; call_exception_handler.
import asyncio
import contextvars
import gc

var = contextvars.ContextVar("var", default="default")


async def read_var():
    return var.get()


async def set_var(value):
    var.set(value)


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "| keys:", sorted(context), "|", repr(exc))


async def fail():
    raise ValueError("nobody looked")


async def main():
    loop = asyncio.get_running_loop()
    print("handler before:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("handler set:", loop.get_exception_handler() is handler)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    gc.collect()
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report", "extra": 1})
    loop.call_exception_handler({"message": "with exception", "exception": KeyError("k")})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

    def bad_handler(loop, context):
        raise RuntimeError("handler itself failed")

    loop.set_exception_handler(bad_handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("loop survived a failing handler")
    loop.set_exception_handler(None)


asyncio.run(main())

ctx = contextvars.copy_context()
with asyncio.Runner() as runner:
    runner.run(set_var("shared"))
    print("runner's own context kept across runs:", runner.run(read_var()), var.get())
    runner.run(set_var("in ctx"), context=ctx)
    print("explicit context:", runner.run(read_var(), context=ctx), ctx[var])
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print("after with:", loop.is_closed(), var.get())
coro = read_var()
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
runner.close()

runner = asyncio.Runner(debug=True)
print("debug:", runner.get_loop().get_debug())
try:
    runner.run(42)
except ValueError as e:
    print("ValueError:", e)


async def inner_run():
    coro = read_var()
    try:
        runner.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

runner.run(inner_run())
runner.close()
