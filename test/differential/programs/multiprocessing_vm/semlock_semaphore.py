# multiprocessing.Semaphore and BoundedSemaphore with Python threads.
import multiprocessing
import threading
import time

sem = multiprocessing.Semaphore(2)
print(repr(sem), sem.get_value())
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01), repr(sem))
sem.release()
sem.release()
sem.release()
print(repr(sem), sem._semlock._count(), sem._semlock._is_zero())

bounded = multiprocessing.BoundedSemaphore(2)
print(repr(bounded))
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print('ValueError:', e)

# At most 3 threads inside at once.
sem = multiprocessing.Semaphore(3)
inside = [0]
peak = [0]
guard = threading.Lock()
def worker():
    for _ in range(5):
        with sem:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            time.sleep(0.002)
            with guard:
                inside[0] -= 1
threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('at most 3 inside', peak[0] <= 3, 'value', sem.get_value())

# A semaphore as a signal: the producer releases, consumers wait.
items = multiprocessing.Semaphore(0)
got = []
def consumer(i):
    if items.acquire(timeout=5):
        with guard:
            got.append(i)
consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(4)]
for t in consumers:
    t.start()
time.sleep(0.02)
for _ in range(4):
    items.release()
for t in consumers:
    t.join()
print('consumers done', sorted(got), items.get_value())

# Timeouts: negative means zero, an int works, a wait that runs out returns False.
empty = multiprocessing.Semaphore(0)
start = time.monotonic()
print(empty.acquire(timeout=-5), empty.acquire(True, 0), empty.acquire(timeout=0.03))
print('waited', time.monotonic() - start >= 0.025)
try:
    empty.acquire(timeout='soon')
except TypeError as e:
    print('TypeError:', e)
