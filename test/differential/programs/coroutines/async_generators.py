# Async generators consumed manually through __anext__ and asend.
async def agen():
    for i in range(3):
        got = yield i
        if got:
            print('received', got)
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = agen()
print(drive(g.__anext__()), drive(g.asend('hello')), drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('exhausted')
print(type(g).__name__)
