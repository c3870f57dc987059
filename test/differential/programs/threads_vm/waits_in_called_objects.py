# A thread blocked below its base (the tee's source waits inside the native tee, on a
# thread whose target is the built-in next) while the main thread, inside an instance's
# __call__ or a class's __init__ with keyword-only parameters, waits for it: the loop
# runs those frames as it runs functions', so the main thread is at its base and can
# wait its turn (unittest calls tests through both; test_itertools' test_tee_concurrent,
# test_functools' test_lru_cache_threaded2).
import functools
import threading
from itertools import tee


def wait_for_the_blocked_thread():
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
    try:
        start.wait()
        try:
            next(b)
        except RuntimeError as exc:
            print('RuntimeError', exc)
    finally:
        finish.set()
        thread.join()
    return 'joined'


class Runner:
    def __call__(self, *, label):
        return label, wait_for_the_blocked_thread()


class Starter:
    def __init__(self, label, *, times=1):
        self.results = [(label, wait_for_the_blocked_thread()) for _ in range(times)]


print(Runner()(label='__call__'))
print(Starter('__init__', times=2).results)


def barrier_through_lru_cache(threads=3):
    pause = threading.Barrier(threads + 1)

    @functools.lru_cache(maxsize=None)
    def cached(x):
        pause.wait(10)
        return 3 * x

    workers = [threading.Thread(target=cached, args=(k,)) for k in range(threads)]
    for worker in workers:
        worker.start()
    pause.wait(10)
    for worker in workers:
        worker.join()
    return cached.cache_info()


print(type('Via', (), {'__call__': lambda self: barrier_through_lru_cache()})()())
