# multiprocessing.Barrier (SemLock-based Condition over a shared counter in a heap buffer) with Python threads.
import multiprocessing
import threading

# Barrier.
barrier = multiprocessing.Barrier(3)
print('parties', barrier.parties, barrier.n_waiting, barrier.broken)
indices = []
def party():
    indices.append(barrier.wait(timeout=5))
threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('indices', sorted(indices))
try:
    barrier.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print('broken', barrier.broken)
barrier.reset()
print('reset', barrier.broken)
