# Producers and consumers through queue.Queue; task_done/join; LifoQueue and PriorityQueue.
import queue
import threading

q = queue.Queue(maxsize=3)
out = queue.Queue()


def producer(base):
    for i in range(10):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 2)
        q.task_done()


producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
items = []
while not out.empty():
    items.append(out.get_nowait())
print(len(items), sorted(items)[:5], sorted(items)[-3:])
try:
    out.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    out.get_nowait()
except queue.Empty:
    print('Empty at once')

full = queue.Queue(maxsize=1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print('Full after timeout')

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()


def fill():
    for x in [3, 1, 2]:
        lifo.put(x)
        prio.put((x, str(x)))


t = threading.Thread(target=fill)
t.start()
t.join()
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])
