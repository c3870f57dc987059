# threading.local: per-thread __dict__, class attributes and properties shared, delattr,
# a fresh empty namespace in every new thread, and one local object per instance.
import threading


class Slot(threading.local):
    shared = 'class attribute'

    @property
    def doubled(self):
        return self.value * 2


slot = Slot()
slot.value = 21
other = threading.local()
other.tag = 'main-other'
report = {}
ready = threading.Barrier(3)


def worker(n):
    before = (hasattr(slot, 'value'), slot.shared, sorted(slot.__dict__))
    slot.value = n
    other.tag = f'other-{n}'
    ready.wait()  # all threads have written before any reads back
    after = (slot.value, slot.doubled, other.tag, sorted(slot.__dict__.items()))
    del slot.value
    try:
        slot.value
    except AttributeError as e:
        gone = str(e)
    report[n] = (before, after, gone)


ts = [threading.Thread(target=worker, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for n in sorted(report):
    print(n, report[n])
print('main still sees', slot.value, slot.doubled, other.tag, slot.__dict__)
try:
    del slot.missing
except AttributeError as e:
    print('AttributeError:', e)
slot.__dict__['injected'] = 'via __dict__'
print(slot.injected, type(slot).__mro__[1].__name__, type(slot).__mro__[1].__module__)
try:
    slot.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)

# A thread that sets attributes on a local created in main never leaks them back.
fresh = threading.local()
seen_in_thread = []


def set_fresh():
    fresh.x = 1
    seen_in_thread.append(vars(fresh))


t = threading.Thread(target=set_fresh)
t.start()
t.join()
print(seen_in_thread, vars(fresh), hasattr(fresh, 'x'))
