# _thread directly: start_new_thread, locks, identity, _count, argument errors.
import _thread
import time

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
out = []


def child(a, b=0):
    out.append((a, b, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(child, (1,), {'b': 2})
print(type(ident).__name__, ident != main_ident)
done.acquire()
while _thread._count():
    time.sleep(0.001)
print(out, _thread._count())
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked())
lock.release()
for args in [(1, ()), (child, []), (child, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError:', e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned(), _thread.TIMEOUT_MAX > 1e9, _thread.error is RuntimeError)
try:
    _thread.exit()
except SystemExit as e:
    print('SystemExit', e.args)
