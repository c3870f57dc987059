# A read of n bytes takes at most n bytes from the pipe: what it leaves stays there for
# the next reader.
import os
import threading
import time

r, w = os.pipe()
halves = {}
lock = threading.Lock()

def reader(name):
    data = os.read(r, 5)
    with lock:
        halves[name] = data

threads = [threading.Thread(target=reader, args=(name,)) for name in ("a", "b")]
for t in threads:
    t.start()
time.sleep(0.05)
os.write(w, b"0123456789")
for t in threads:
    t.join()
print(sorted(halves.values()))

# Byte by byte from several threads: every byte is read once.
os.write(w, bytes(range(40)))
seen = []
def byte_reader():
    for _ in range(10):
        b = os.read(r, 1)
        with lock:
            seen.append(b[0])

workers = [threading.Thread(target=byte_reader) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(sorted(seen) == list(range(40)))

# FileIO.read and readinto on the same pipe, unbuffered.
raw = open(r, "rb", buffering=0, closefd=False)
os.write(w, b"abcdefgh")
print(raw.read(3))
buf = bytearray(2)
print(raw.readinto(buf), buf)
print(os.read(r, 100))

# A reader waiting in FileIO.read, unbuffered, gets what comes later.
out = []
t = threading.Thread(target=lambda: out.append(raw.read(4)))
t.start()
time.sleep(0.02)
os.write(w, b"wxyz!")
t.join()
print(out, os.read(r, 10))
raw.close()
os.close(r)
os.close(w)
