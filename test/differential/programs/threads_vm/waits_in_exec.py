# exec() runs its code as a function's frame is run, so a thread waiting inside it is
# still at its base: here the main thread waits, in exec'd code, for a thread blocked
# inside the native tee (runpy runs `-m` programs with exec).
import threading
from itertools import tee

SOURCE = '''
start = threading.Event()
finish = threading.Event()


class Source:
    def __iter__(self):
        return self

    def __next__(self):
        start.set()
        finish.wait()
        return 'item'


a, b = tee(Source())
thread = threading.Thread(target=next, args=[a])
thread.start()
start.wait()
try:
    next(b)
except RuntimeError as exc:
    print('RuntimeError', exc)
finish.set()
thread.join()
print('joined')
'''

namespace = {'threading': threading, 'tee': tee}
print(exec(SOURCE, namespace))
for round in range(3):
    exec(compile(SOURCE, '<round>', 'exec'), dict(namespace))


def in_a_function():
    exec(SOURCE, dict(namespace))
    return 'returned'


print(in_a_function())
