# threading.local: each thread sees its own attributes; subclass __init__ runs per thread.
import threading

data = threading.local()
data.value = 'main'
seen = {}


def worker(name):
    print_ok = not hasattr(data, 'value')
    data.value = name
    seen[name] = (print_ok, data.value)


ts = [threading.Thread(target=worker, args=(n,)) for n in ('a', 'b', 'c')]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.value)


class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


counter = Counter(10)
results = []


def bump_twice():
    counter.bump()
    results.append(counter.bump())


ts = [threading.Thread(target=bump_twice) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, counter.count)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
