# A thread blocked reading an empty pipe lets the other threads run; it returns as
# soon as data or the end of file comes.
import os
import threading
import time

r, w = os.pipe()
got = []
t = threading.Thread(target=lambda: got.append(os.read(r, 100)))
t.start()
time.sleep(0.05)
print("main still runs while the reader waits:", got)
os.write(w, b"hello")
t.join()
print("reader got", got)

# The end of file: the writer closes its end.
ends = []
t = threading.Thread(target=lambda: ends.append(os.read(r, 10)))
t.start()
time.sleep(0.02)
os.close(w)
t.join()
print("after the writer closed:", ends)
os.close(r)

# Counting on the main thread while a reader waits: its loop is not held up.
r, w = os.pipe()
result = []
reader = threading.Thread(target=lambda: result.append(os.read(r, 3)))
reader.start()
ticks = 0
deadline = time.monotonic() + 0.1
while time.monotonic() < deadline:
    ticks += 1
print("main thread counted:", ticks > 100)
os.write(w, b"abcdef")
reader.join()
print("reader:", result, "left in the pipe:", os.read(r, 10))
os.close(r)
os.close(w)

# A timer thread fires while another thread is blocked on a read.
r, w = os.pipe()
events = []
blocked = threading.Thread(target=lambda: events.append(("read", os.read(r, 4))))
blocked.start()
timer = threading.Timer(0.03, lambda: events.append(("timer", None)))
timer.start()
timer.join()
os.write(w, b"done")
blocked.join()
print(events)
os.close(r)
os.close(w)
