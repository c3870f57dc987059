# multiprocessing.Lock and RLock (SemLock underneath) shared by Python threads.
import multiprocessing
import threading
import time

lock = multiprocessing.Lock()
print(type(lock).__name__, lock._semlock.kind, lock._semlock.maxvalue, lock._semlock.name)
print(repr(lock))
print(lock.acquire(), repr(lock))
print(lock.acquire(False), lock.acquire(timeout=0), lock.acquire(True, 0.05))
lock.release()
print(repr(lock))
try:
    lock.release()
except ValueError as e:
    print('ValueError:', e)

# Threads contend: the counter's read-modify-write is protected.
counter = [0]
def work(n):
    for _ in range(n):
        with lock:
            value = counter[0]
            if _ % 7 == 0:
                time.sleep(0)
            counter[0] = value + 1
threads = [threading.Thread(target=work, args=(200,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter', counter[0])

# A waiter blocks until another thread releases.
order = []
lock.acquire()
about_to_wait = threading.Event()
def waiter():
    order.append('waiting')
    about_to_wait.set()
    with lock:
        order.append('got it')
t = threading.Thread(target=waiter)
t.start()
about_to_wait.wait()
time.sleep(0.02)
order.append('releasing')
lock.release()
t.join()
print(order)

# A timed wait that runs out.
lock.acquire()
result = []
t = threading.Thread(target=lambda: result.append(lock.acquire(timeout=0.05)))
start = time.monotonic()
t.start()
t.join()
print('timed out', result, time.monotonic() - start >= 0.04)
lock.release()

# RLock: recursion, ownership.
rlock = multiprocessing.RLock()
print(repr(rlock))
print(rlock.acquire(), rlock.acquire(), repr(rlock))
print(rlock._semlock._count(), rlock._semlock._is_mine())
seen = []
def other():
    seen.append(rlock._semlock._is_mine())
    seen.append(rlock.acquire(timeout=0.02))
    try:
        rlock.release()
    except AssertionError as e:
        seen.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print(seen)
rlock.release()
rlock.release()
print(repr(rlock))
try:
    rlock.release()
except AssertionError as e:
    print('AssertionError:', e)

# RLock contended by threads, each nesting.
total = [0]
def nested(n):
    for _ in range(n):
        with rlock:
            with rlock:
                total[0] += 1
threads = [threading.Thread(target=nested, args=(100,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('total', total[0], repr(rlock))
