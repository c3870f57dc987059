# ThreadPoolExecutor: shutdown(cancel_futures=True) cancels queued work, Future states
# and callbacks, map raising lazily, initializer/initargs, a failing initializer.
import threading
from concurrent.futures import BrokenExecutor, CancelledError, Future, ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return 'blocker done'


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
started.wait()
queued = [ex.submit(pow, 2, i) for i in range(3)]
print('running', first.running(), 'queued pending', [f.running() or f.done() for f in queued])
print('cancel one', queued[0].cancel(), queued[0].cancelled(), queued[0].done())
print('cancel running', first.cancel())
ex.shutdown(wait=False, cancel_futures=True)  # cancels what is queued while blocker still runs
gate.set()
ex.shutdown(wait=True)
print(first.result(), [f.cancelled() for f in queued])
try:
    queued[1].result()
except CancelledError as e:
    print('CancelledError', repr(e))

# Callbacks: added before completion run in the worker; added after, at once.
order = []
f = Future()
f.add_done_callback(lambda fut: order.append(('early', fut.result())))
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
f.add_done_callback(lambda fut: order.append(('late', fut.result())))
print(order, f.done(), f.exception())
g = Future()
g.cancel()
print('notify cancel', g.set_running_or_notify_cancel())
h = Future()
h.set_exception(KeyError('k'))
print(repr(h.exception()), h.done())
try:
    h.set_result(1)
except Exception as e:
    print(type(e).__name__, str(e).split(':')[0])

# map raises at the failing element while iterating, after the good ones.
def check(x):
    if x == 2:
        raise ZeroDivisionError('x is 2')
    return x * 10


with ThreadPoolExecutor(2) as pool:
    it = pool.map(check, range(4))
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print('map gave', got, 'then', e)
    print(list(pool.map(check, [5, 6], timeout=5)))

# initializer with initargs runs once per worker thread.
seen = []


def init(tag):
    seen.append((tag, threading.current_thread().name.startswith('ini_')))


with ThreadPoolExecutor(1, thread_name_prefix='ini', initializer=init, initargs=('t',)) as pool:
    print(pool.submit(sum, [1, 2, 3]).result(), seen)


def bad_init():
    raise RuntimeError('init failed')


import logging
logging.disable(logging.CRITICAL)  # the failing initializer is logged; keep stderr quiet
pool = ThreadPoolExecutor(1, initializer=bad_init)
fut = pool.submit(abs, -1)
try:
    fut.result()
except BrokenThreadPool as e:
    print('BrokenThreadPool:', e, isinstance(e, BrokenExecutor))
try:
    pool.submit(abs, -2)
except BrokenThreadPool as e:
    print('submit after broken:', e)
pool.shutdown()
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print('ValueError:', e)
