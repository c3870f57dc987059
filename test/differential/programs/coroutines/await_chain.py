# Coroutines awaiting other coroutines; results propagate back up.
class Yield:
    def __await__(self):
        yield 'tick'
async def leaf(n):
    await Yield()
    return n * 2
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(middle()))
