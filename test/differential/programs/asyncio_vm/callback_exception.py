# The loop's default exception handler: an exception raised in a callback is logged and
# the loop goes on; a custom handler receives the context.
import asyncio


def bad_callback(n):
    raise ZeroDivisionError(f"in callback {n}")


def handler(loop, context):
    print("handler got:", sorted(context), repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    print("loop still running")
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, 2)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    fut = loop.create_future()
    fut.set_exception(RuntimeError("stored"))
    try:
        fut.result()
    except RuntimeError as e:
        print("result raised", repr(e))


asyncio.run(main())
