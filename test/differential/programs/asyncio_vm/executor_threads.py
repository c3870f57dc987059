# run_in_executor and to_thread: results, exceptions crossing back, keyword arguments,
# the context copied by to_thread, and a custom executor.
import asyncio
import concurrent.futures
import contextvars
import threading

var = contextvars.ContextVar("var", default="unset")


def blocking(n, *, scale=1):
    return n * scale, threading.current_thread() is not threading.main_thread()


def fails():
    raise LookupError("from thread")


def read_var():
    return var.get()


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 3))
    print(await asyncio.to_thread(blocking, 4, scale=10))
    try:
        await loop.run_in_executor(None, fails)
    except LookupError as e:
        print("run_in_executor raised", repr(e))
    try:
        await asyncio.to_thread(fails)
    except LookupError as e:
        print("to_thread raised", repr(e))
    var.set("main value")
    print("to_thread sees", await asyncio.to_thread(read_var))
    print("run_in_executor sees", await loop.run_in_executor(None, read_var))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(5)))
    print([r[0] for r in results], all(r[1] for r in results))

    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
        fut = loop.run_in_executor(ex, lambda: threading.current_thread().name.startswith("pool"))
        print(type(fut).__name__, await fut)
        cf = ex.submit(blocking, 6)
        print("wrap_future:", await asyncio.wrap_future(cf))

    event = threading.Event()

    def wait_for_event():
        return event.wait(5)

    pending = asyncio.create_task(asyncio.to_thread(wait_for_event))
    await asyncio.sleep(0.03)
    print("thread still waiting:", not pending.done())
    loop.call_soon_threadsafe(event.set)
    print("event seen by thread:", await pending)

    def from_thread():
        return asyncio.run_coroutine_threadsafe(asyncio.sleep(0, "coro result"), loop).result(5)

    print(await asyncio.to_thread(from_thread))


asyncio.run(main())
print("executor shut down")
