# Condition.wait_for returns the predicate's own value, times out with the last value,
# notify(n) wakes only n waiters, and a Condition over an RLock nests.
import threading

cond = threading.Condition()
state = {'value': 0}

with cond:
    print('already true:', cond.wait_for(lambda: 'ready'))
    print('timed out:', repr(cond.wait_for(lambda: state['value'] or '', timeout=0.01)))
    print('zero timeout:', cond.wait_for(lambda: [], timeout=0))

got = []
started = threading.Barrier(2)


def waiter():
    with cond:
        started.wait()
        got.append(cond.wait_for(lambda: state['value'] >= 3 and state['value'], timeout=5))


t = threading.Thread(target=waiter)
t.start()
started.wait()
for i in range(1, 4):
    with cond:
        state['value'] = i
        cond.notify()
t.join()
print('woke with', got)

# notify(2) of 4 waiters: exactly two go on; notify_all releases the rest.
waiting = threading.Semaphore(0)
released = []
gate = threading.Condition()
tickets = [0]


def queued(i):
    with gate:
        waiting.release()
        gate.wait_for(lambda: tickets[0] > 0)
        tickets[0] -= 1
        released.append(i)


ts = [threading.Thread(target=queued, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for _ in ts:
    waiting.acquire()
with gate:
    tickets[0] = 2
    gate.notify(2)
while len(released) < 2:
    threading.Event().wait(0.001)
with gate:
    print('after notify(2):', len(released), tickets[0])
    tickets[0] = 2
    gate.notify_all()
for t in ts:
    t.join()
print('all released:', sorted(released))

rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print('nested wait:', rc.wait(0.001))
print(rc.acquire(False), rc._is_owned())
rc.release()
print('unlocked, already true:', rc.wait_for(lambda: True))
try:
    rc.wait_for(lambda: False, timeout=0.01)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Condition().notify_all()
except RuntimeError as e:
    print('RuntimeError:', e)
