# asyncio streams over an in-process socket pair: lines, large writes with drain, EOF.
import asyncio, socket

async def main():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b"hello\nworld\n")
    await w1.drain()
    print(await r2.readline())
    print(await r2.readline())
    w2.write(b"x" * 100000)
    await w2.drain()
    data = await r1.readexactly(100000)
    print(len(data))
    w1.close()
    await w1.wait_closed()
    print(await r2.read())
    w2.close()
    await w2.wait_closed()
    print(w1.get_extra_info("peername"))

asyncio.run(main())
asyncio.run(main(), debug=False)
