# _queue.SimpleQueue (queue.SimpleQueue): FIFO across threads, timeouts, errors.
import queue
import threading

q = queue.SimpleQueue()
print(type(q).__module__, q.empty(), q.qsize())


def feed():
    for i in range(5):
        q.put(i)
    q.put_nowait('end')


threading.Thread(target=feed).start()
got = []
while (item := q.get()) != 'end':
    got.append(item)
print(got, q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get(block=False)
except queue.Empty as e:
    print('Empty at once', type(e).__module__)
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    queue.SimpleQueue(1)
except TypeError as e:
    print('TypeError:', e)
print(queue.SimpleQueue[int])
