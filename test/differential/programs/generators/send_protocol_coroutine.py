# A coroutine-style generator averaging values sent to it.
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 60, 5):
    print(a.send(v))
a.close()
try:
    a.send(1)
except StopIteration:
    print('closed generator raises StopIteration')
