# threading.settrace and threading.setprofile: each new thread starts with them; the trace
# state is per thread (sys.settrace in one thread does not trace the others).
import sys
import threading

lock = threading.Lock()
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'worker':
        with lock:
            events.append((threading.current_thread().name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


def worker(n):
    total = 0
    for i in range(n):
        total += i
    return total


def untraced_check():
    events.append((threading.current_thread().name, 'trace in thread', sys.gettrace() is None))


threading.settrace(tracer)
threads = [threading.Thread(target=worker, args=(2,), name=f'T{i}') for i in range(2)]
for thread in threads:
    thread.start()
    thread.join()
threading.settrace(None)
print('main thread traced:', sys.gettrace() is not None)

sys.settrace(tracer)
other = threading.Thread(target=untraced_check, name='plain')
other.start()
other.join()
sys.settrace(None)

profiled = []
threading.setprofile(lambda frame, event, arg: profiled.append(event) if frame.f_code.co_name == 'worker' else None)
thread = threading.Thread(target=worker, args=(1,))
thread.start()
thread.join()
threading.setprofile(None)
print('profile events:', profiled)

for event in events:
    print(*event)
