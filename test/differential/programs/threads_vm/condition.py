# Condition: producer/consumer with wait/notify, wait_for, notify_all.
import threading

cond = threading.Condition()
items = []
consumed = []


def consumer(name, count):
    for _ in range(count):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append((name, items.pop(0)))


def producer():
    for i in range(6):
        with cond:
            items.append(i)
            cond.notify()


cs = [threading.Thread(target=consumer, args=(n, 3)) for n in 'ab']
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in cs:
    c.join()
print(sorted(v for _, v in consumed), len(consumed))

go = False
woken = []
c2 = threading.Condition(threading.Lock())


def sleeper(i):
    with c2:
        while not go:
            c2.wait()
        woken.append(i)


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
with c2:
    go = True
    c2.notify_all()
for t in ts:
    t.join()
print(sorted(woken))
with c2:
    print('timed out:', c2.wait(0.01))
try:
    c2.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    c2.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
