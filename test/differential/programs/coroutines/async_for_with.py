# async for and async with using hand-written async iterators and context managers.
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, *exc):
        print('aexit', exc[0])
async def main():
    async with ACM() as r:
        async for v in Counter(3):
            print(r, v)
    return [x async for x in Counter(2)]
try:
    main().send(None)
except StopIteration as e:
    print('done', e.value)
