# Event and Barrier coordinating threads.
import threading

ev = threading.Event()
seen = []


def waiter(i):
    ev.wait()
    seen.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
print('before set:', ev.is_set(), seen)
ev.set()
for t in ts:
    t.join()
print('after set:', ev.is_set(), sorted(seen))
ev.clear()
print('wait with timeout:', ev.wait(0.01))

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append('all arrived'))
indices = []
phases = []


def party(i):
    indices.append(barrier.wait())
    phases.append(('passed', i))


ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, len(phases), barrier.n_waiting, barrier.broken)

b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('broken:', b2.broken)
b2.reset()
print('reset:', b2.broken)
