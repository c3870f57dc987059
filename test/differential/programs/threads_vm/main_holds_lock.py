# Threads wait in `with lock:` and Condition/Event waits on what the main thread holds or
# does later: they go on once it lets go, whatever order the waits started in.
import threading
import time

lock = threading.Lock()
order = []
lock.acquire()


def worker(i):
    with lock:
        order.append(i)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
time.sleep(0.02)
order.append('main releases')
lock.release()
for t in ts:
    t.join()
print(order[0], sorted(order[1:]))

cond = threading.Condition()
box = []


def fill_later():
    time.sleep(0.01)
    with cond:
        box.append('filled')
        cond.notify()


threading.Thread(target=fill_later).start()
with cond:
    while not box:
        cond.wait()
print(box)

rlock = threading.RLock()
ev = threading.Event()


def nested_with():
    with rlock:
        with rlock:
            ev.set()
            time.sleep(0.01)


t = threading.Thread(target=nested_with)
t.start()
ev.wait()
with rlock:
    print('main got the RLock after the thread', t.is_alive() in (True, False))
t.join()
