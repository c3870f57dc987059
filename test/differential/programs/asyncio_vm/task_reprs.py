# Task and Future reprs in each state (addresses and source locations stripped), names,
# the Task-N counter, get_coro, get_stack and print_stack output shape.
import asyncio
import io
import re


def show(obj):
    return re.sub(r" at [^ ,\]>]+", "", repr(obj))


async def sleeper():
    await asyncio.sleep(10)


async def value():
    return {"k": [1, 2]}


async def boom():
    raise ArithmeticError("bad sum")


async def main():
    me = asyncio.current_task()
    print(show(me).split(" wait_for=")[0])
    t = asyncio.create_task(sleeper())
    print(show(t))
    await asyncio.sleep(0)
    print(show(t).split(" wait_for=")[0], "wait_for=<Future" in show(t))
    t.cancel("msg")
    print(show(t))
    await asyncio.gather(t, return_exceptions=True)
    print(show(t))
    v = asyncio.create_task(value(), name=12345)
    await v
    print(show(v), repr(v.get_name()))
    b = asyncio.create_task(boom(), name="boomer")
    await asyncio.gather(b, return_exceptions=True)
    print(show(b))
    print(type(b.get_coro()).__name__, b.get_coro().__qualname__, b.get_coro().cr_frame)
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    frames = s.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    buf = io.StringIO()
    s.print_stack(file=buf)
    lines = buf.getvalue().splitlines()
    print(lines[0].split(" at ")[0] if " at " in lines[0] else re.sub(r"0x[0-9a-f]+", "ADDR", lines[0]))
    print(len(lines), lines[-1].strip())
    s.cancel()
    await asyncio.gather(s, return_exceptions=True)
    buf = io.StringIO()
    b.print_stack(file=buf)
    print(buf.getvalue().splitlines()[-1])
    names = [asyncio.create_task(asyncio.sleep(0)).get_name() for _ in range(3)]
    nums = [int(n.split("-")[1]) for n in names]
    print("consecutive numbers:", [n - nums[0] for n in nums])
    await asyncio.sleep(0)
    h = asyncio.get_running_loop().call_later(100, print)
    print(show(h).split(" when=")[0])
    h.cancel()
    print(show(h).split(" when=")[0])
    h2 = asyncio.get_running_loop().call_soon(print, "x")
    h2.cancel()
    print(show(h2))


asyncio.run(main())
