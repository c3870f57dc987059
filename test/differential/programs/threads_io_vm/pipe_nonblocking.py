# A read end set non-blocking does not wait: BlockingIOError from os.read, None from an
# unbuffered read; set back to blocking, reads wait again (for a thread's write here).
import os
import threading
import time

r, w = os.pipe()
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
raw = open(r, "rb", buffering=0, closefd=False)
print(raw.read(10))
os.write(w, b"data")
print(os.read(r, 2), raw.read(10))
print(os.get_blocking(r))

os.set_blocking(r, True)
print(os.get_blocking(r))
def later():
    time.sleep(0.02)
    os.write(w, b"later")
t = threading.Thread(target=later)
t.start()
print(os.read(r, 10))
t.join()

# A non-blocking write end: a full pipe raises instead of waiting.
os.set_blocking(w, False)
total = 0
try:
    while True:
        total += os.write(w, b"x" * 4096)
except BlockingIOError:
    print("full after", total)
raw.close()
os.close(r)
os.close(w)
