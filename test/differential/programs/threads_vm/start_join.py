# Threads start, run and are joined; results come back through shared objects.
import threading


results = {}


def square(n):
    results[n] = n * n


def named(tag, *, suffix):
    results[tag] = tag + suffix


threads = [threading.Thread(target=square, args=(i,)) for i in range(5)]
for t in threads:
    print(t.name, t.is_alive(), t.ident is None)
for t in threads:
    t.start()
for t in threads:
    t.join()
    print(t.name, t.is_alive())
print(sorted(results.items()))

t = threading.Thread(target=named, args=('x',), kwargs={'suffix': '!'}, name='custom')
t.start()
t.join()
print(t.name, results['x'])
print(repr(t).startswith('<Thread(custom, stopped '))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


w = Worker(1000)
w.start()
w.join()
print(w.name, w.total)
try:
    w.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread(target=square).join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
# (Idents are told apart while the threads all live: CPython reuses those of ended ones.)
idents = set()
lock = threading.Lock()
together = threading.Barrier(4)


def record():
    with lock:
        idents.add(threading.get_ident())
    together.wait()


ts = [threading.Thread(target=record) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(idents), threading.get_ident() not in idents)
