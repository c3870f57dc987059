# queue.Queue with maxsize: a blocked put resumes when a consumer gets; unfinished_tasks,
# task_done() errors, full()/empty()/qsize(), maxsize <= 0 is unbounded, join() waits.
import queue
import threading

q = queue.Queue(maxsize=2)
print(q.maxsize, q.empty(), q.full(), q.qsize(), q.unfinished_tasks)
q.put('a')
q.put_nowait('b')
print(q.full(), q.qsize(), q.unfinished_tasks)
try:
    q.put_nowait('c')
except queue.Full as e:
    print('Full', repr(e))
try:
    q.put('c', block=False)
except queue.Full:
    print('Full with block=False')

put_done = threading.Event()


def late_put():
    q.put('c')  # blocks until main takes one
    put_done.set()


t = threading.Thread(target=late_put)
t.start()
print('before get: put done?', put_done.wait(0.01))
print('got', q.get())
t.join()
print('after get: put done?', put_done.is_set(), list(q.queue), q.unfinished_tasks)
while not q.empty():
    q.get()
    q.task_done()
print('unfinished after draining', q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)

# join() returns only after every item is marked done.
work = queue.Queue(maxsize=3)
processed = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        processed.append(item ** 2)
        work.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(12):
    work.put(i)
work.join()
print('joined with', len(processed), 'items, sum', sum(processed), 'unfinished', work.unfinished_tasks)
for _ in workers:
    work.put(None)
for w in workers:
    w.join()

for size in (0, -5):
    unbounded = queue.Queue(maxsize=size)
    for i in range(100):
        unbounded.put_nowait(i)
    print('maxsize', size, 'full?', unbounded.full(), unbounded.qsize())
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
