# get_event_loop / set_event_loop / new_event_loop, run_until_complete with futures,
# run_forever with stop, and the errors of a loop used wrongly.
import asyncio
import warnings

warnings.simplefilter("error")
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)


async def answer():
    return 42

print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_later(0.001, fut.set_result, "late")
print(loop.run_until_complete(fut))

ticks = []
loop.call_soon(ticks.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(ticks.append, 2)
loop.run_forever()
print(ticks)


async def inside():
    running = asyncio.get_running_loop()
    print(running is loop, asyncio.get_event_loop() is loop)
    coro = asyncio.sleep(0)
    try:
        running.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

loop.run_until_complete(inside())
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
loop.close()
print(loop)
try:
    asyncio.Future()
except RuntimeError as e:
    print("RuntimeError:", e)
f = asyncio.Future(loop=loop)
print(f, f.get_loop() is loop)
