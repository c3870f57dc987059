# RLock reentrancy, ownership across threads and release errors; Lock/Semaphore
# argument errors that the other lock programs do not reach.
import re
import threading

r = threading.RLock()


def shape(lock):
    # repr without the address and owner ident
    text = re.sub(r' at 0x[0-9a-f]+', '', repr(lock))
    return re.sub(r'owner=\d+', 'owner=N', text)


print(shape(r))
print(r.acquire(), r.acquire(blocking=False), r.acquire(timeout=1))
print(shape(r), r._is_owned(), r._recursion_count())
results = []


def intruder():
    results.append(('acquire', r.acquire(blocking=False)))
    results.append(('timed', r.acquire(timeout=0.01)))
    try:
        r.release()
    except RuntimeError as e:
        results.append(('release', str(e)))
    results.append(('owned here', r._is_owned(), r._recursion_count()))


t = threading.Thread(target=intruder)
t.start()
t.join()
print(results)
for _ in range(3):
    r.release()
print(shape(r), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    r.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError via __exit__:', e)


# Nested with-blocks in a recursive function.
def depth(n):
    with r:
        if n == 0:
            return r._recursion_count()
        return depth(n - 1)


print('depth count', depth(4), r._recursion_count())

# After a thread takes and releases it, main can take it again.
handed = []


def take_and_give():
    with r:
        with r:
            handed.append(r._recursion_count())
    handed.append(r._recursion_count())


t = threading.Thread(target=take_and_give)
t.start()
t.join()
print(handed, r.acquire(blocking=False))
r.release()

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print('Lock RuntimeError:', e)
try:
    lock.acquire(blocking=False, timeout=0.5)
except ValueError as e:
    print('ValueError:', e)
s = threading.Semaphore(1)
try:
    s.release(0)
except ValueError as e:
    print('ValueError:', e)
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.acquire()
bs.release(2)
try:
    bs.release()
except ValueError as e:
    print('ValueError:', e)
try:
    bs.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
print(type(threading.Lock()).__name__, type(r).__name__, threading.RLock is threading._CRLock)
