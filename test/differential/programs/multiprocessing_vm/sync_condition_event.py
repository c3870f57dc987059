# multiprocessing's Condition and Event (built on SemLock) with Python threads.
import multiprocessing
import threading
import time

# Condition: waiters woken by notify and notify_all, wait_for with a predicate.
cond = multiprocessing.Condition()
print(repr(cond).split(',')[0])
state = {'ready': 0}
woken = []
def waiter(i):
    with cond:
        while state['ready'] <= i:
            cond.wait()
        woken.append(i)
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.05)
for i in range(3):
    with cond:
        state['ready'] += 1
        cond.notify_all()
    time.sleep(0.01)
for t in threads:
    t.join()
print('woken', sorted(woken))

with cond:
    start = time.monotonic()
    print('wait timeout', cond.wait(0.03), time.monotonic() - start >= 0.025)
    print('wait_for', cond.wait_for(lambda: state['ready'] == 3, timeout=0.01))
try:
    cond.wait()
except AssertionError as e:
    print('AssertionError', e)
try:
    cond.notify()
except AssertionError as e:
    print('AssertionError', e)

# A Condition over a plain Lock, notify(n) wakes n.
cond = multiprocessing.Condition(multiprocessing.Lock())
count = [0]
def counter():
    with cond:
        cond.wait(timeout=5)
        count[0] += 1
threads = [threading.Thread(target=counter) for _ in range(4)]
for t in threads:
    t.start()
def wait_until(predicate):
    deadline = time.monotonic() + 5
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.005)
# (Condition's own count of its sleepers: all four wait before the notify.)
wait_until(lambda: cond._sleeping_count.get_value() == 4)
with cond:
    cond.notify(2)
wait_until(lambda: count[0] == 2)
time.sleep(0.02)
print('after notify(2)', count[0])
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print('after notify_all', count[0])

# Event.
event = multiprocessing.Event()
print('is_set', event.is_set(), event.wait(0.01))
results = []
def listener(i):
    results.append((i, event.wait(5)))
threads = [threading.Thread(target=listener, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.03)
event.set()
for t in threads:
    t.join()
print('listeners', sorted(results), event.is_set(), event.wait())
event.clear()
print('cleared', event.is_set(), event.wait(0))
