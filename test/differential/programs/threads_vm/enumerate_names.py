# Thread names (Thread-N (target)), enumerate, active_count, current_thread, main_thread.
import threading

print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])
gate = threading.Event()
names = []


def task():
    names.append(threading.current_thread().name)
    gate.wait()


def other():
    gate.wait()


ts = [threading.Thread(target=task), threading.Thread(target=other), threading.Thread(target=lambda: gate.wait())]
ts.append(threading.Thread(target=task, name='explicit'))
for t in ts:
    t.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
gate.set()
for t in ts:
    t.join()
print(sorted(names))
print(threading.active_count(), [t.name for t in threading.enumerate()])


class Custom(threading.Thread):
    pass


print(Custom().name, threading.Thread().name, threading.Thread(target=print).name)
print(threading.main_thread().name, threading.main_thread().daemon)
print(threading.get_ident() == threading.main_thread().ident, threading.get_native_id() == threading.main_thread().native_id)
