# Semaphore bounds how many threads are inside at once; BoundedSemaphore catches over-release.
import threading
import time

sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


def work():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.005)
        with guard:
            inside -= 1


ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak', peak, 'inside', inside)

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
s = threading.Semaphore(0)
print('non-blocking:', s.acquire(blocking=False), 'timeout:', s.acquire(timeout=0.01))
threading.Thread(target=s.release, kwargs={'n': 2}).start()
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
