# Waits made below a thread's base (a lock taken by a native iterator, a generator that
# waits, a key function that sleeps) while the main thread produces what they wait for.
import queue
import threading
import time

q = queue.Queue()
out = []


def worker():
    for item in iter(q.get, None):
        out.append(item * 2)


t = threading.Thread(target=worker)
t.start()
for i in range(300):
    q.put(i)
    busy = sum(range(300))
q.put(None)
t.join()
print(len(out), out[:3], out[-1])

events = queue.Queue()


def drain():
    while (item := events.get()) is not None:
        yield item


collected = []
consumer = threading.Thread(target=lambda: collected.extend(drain()))
consumer.start()
for word in 'the main thread feeds a generator'.split():
    events.put(word)
    time.sleep(0.001)
events.put(None)
consumer.join()
print(collected)


def slow_key(x):
    time.sleep(0.001)
    return -x


sorted_in_thread = []
sorter = threading.Thread(target=lambda: sorted_in_thread.extend(sorted(range(5), key=slow_key)))
sorter.start()
ticks = 0
while sorter.is_alive():
    ticks += 1
    time.sleep(0.001)
sorter.join()
print(sorted_in_thread, ticks > 0)
