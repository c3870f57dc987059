# Exceptions inside coroutines propagate through send and throw.
async def failing():
    raise ValueError('coroutine failed')
c = failing()
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)
class Susp:
    def __await__(self):
        yield
async def waiter():
    try:
        await Susp()
    except KeyError as e:
        return f'handled {e!r}'
w = waiter()
w.send(None)
try:
    w.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)
async def noop():
    return 1
n = noop()
n.close()
print('closed unstarted coroutine')
