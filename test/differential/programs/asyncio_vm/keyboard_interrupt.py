# asyncio.run and SIGINT: the first interrupt cancels the main task, which run() turns
# into KeyboardInterrupt once the task has finished cancelling.
import asyncio
import signal


async def child():
    try:
        await asyncio.sleep(10)
    finally:
        print("child cleanup")


async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    print("handler installed:", signal.getsignal(signal.SIGINT) is not signal.default_int_handler)
    signal.raise_signal(signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main cleanup")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt from asyncio.run")
print("handler restored:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
