# Daemon flags are inherited from the creating thread; the deprecated isDaemon/setDaemon/
# getName/setName still work (with DeprecationWarning); current_thread() in a thread
# started through _thread is a _DummyThread; active_count/enumerate seen from threads.
import _thread
import threading
import warnings

print('main daemon', threading.main_thread().daemon, threading.current_thread().daemon)
inner_flags = []


def spawn_child():
    child = threading.Thread(target=lambda: None)
    explicit = threading.Thread(target=lambda: None, daemon=False)
    inner_flags.append((threading.current_thread().daemon, child.daemon, explicit.daemon))


for flag in (True, False, None):
    t = threading.Thread(target=spawn_child, daemon=flag)
    t.start()
    t.join()
print(inner_flags)

t = threading.Thread(target=lambda: None, name='old-style')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t.setDaemon(True)
    print(t.isDaemon(), t.getName())
    t.setName('renamed')
    print(t.name)
    threading.currentThread()
    threading.activeCount()
for w in caught:
    print(w.category.__name__, w.message)

box = []
done = threading.Event()


def raw():
    me = threading.current_thread()
    box.append((type(me).__name__, me.name.startswith('Dummy-'), me.daemon, me.is_alive(),
                me in threading.enumerate(), me is not threading.main_thread()))
    done.set()


_thread.start_new_thread(raw, ())
done.wait()
print(box)

inside = []
hold = threading.Event()
ready = threading.Barrier(3)
recorded = threading.Semaphore(0)


def member(i):
    ready.wait()
    inside.append((threading.active_count() >= 3, threading.main_thread().name,
                   threading.current_thread().name))
    recorded.release()
    hold.wait()


ts = [threading.Thread(target=member, args=(i,), name=f'member-{i}') for i in range(2)]
for t in ts:
    t.start()
ready.wait()
recorded.acquire()
recorded.acquire()
names = sorted(t.name for t in threading.enumerate() if t.name.startswith('member'))
hold.set()
for t in ts:
    t.join()
print(names, sorted(inside))
# A target that is not callable fails in the thread: the default excepthook reports it.
bad = threading.Thread(target=1)
bad.start()
bad.join()
print('bad target thread ended:', bad.is_alive())
