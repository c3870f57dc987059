# async def coroutines driven manually with send(None), without an event loop.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield 'suspend'
        return self.v + (got or 0)
async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y
c = add(1, 2)
print(type(c).__name__, c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print('result', e.value)
