# Lock and RLock: mutual exclusion across threads, reentrancy, timeouts, errors.
import threading
import time

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            value = counter
            counter = value + 1


threads = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter', counter)

held = threading.Lock()
held.acquire()
outcome = []


def try_take():
    outcome.append(held.acquire(blocking=False))
    outcome.append(held.acquire(timeout=0.02))


t = threading.Thread(target=try_take)
t.start()
t.join()
print('while held:', outcome, held.locked())
held.release()
print('released:', held.locked())
try:
    held.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    held.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    held.acquire(timeout=-2)
except ValueError as e:
    print('ValueError:', e)

rlock = threading.RLock()
with rlock:
    with rlock:
        print('reentrant', rlock._is_owned())
print('owned after', rlock._is_owned())
try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError:', e)

# An RLock held by one thread blocks another until released.
order = []
rl = threading.RLock()


def holder(ready):
    with rl:
        order.append('holder has it')
        ready.set()
        time.sleep(0.02)
        order.append('holder lets go')


def waiter():
    with rl:
        order.append('waiter has it')


ready = threading.Event()
a = threading.Thread(target=holder, args=(ready,))
a.start()
ready.wait()
b = threading.Thread(target=waiter)
b.start()
a.join()
b.join()
print(order)

# A lock released by another thread than the one that took it (allowed for Lock).
handoff = threading.Lock()
handoff.acquire()
threading.Thread(target=handoff.release).start()
print('acquired again:', handoff.acquire(timeout=5))
