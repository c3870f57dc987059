# A write into a full pipe waits giving up the GIL: a thread of the same program can
# drain it. Both ways round, 1 MB through a 64 KB pipe.
import os
import threading

SIZE = 1 << 20
payload = bytes(i % 251 for i in range(SIZE))

r, w = os.pipe()
written = []
writer = threading.Thread(target=lambda: written.append(os.write(w, payload)))
writer.start()
chunks = []
total = 0
while total < SIZE:
    chunk = os.read(r, 65536)
    chunks.append(chunk)
    total += len(chunk)
writer.join()
print(written, total, b"".join(chunks) == payload)

# The main thread writes; a thread reads to the end of file through a buffered reader.
received = []
def drain():
    with open(r, "rb", closefd=False) as f:
        received.append(f.read())

reader = threading.Thread(target=drain)
reader.start()
print(os.write(w, payload))
os.close(w)
reader.join()
print(len(received[0]), received[0] == payload)
os.close(r)

# A thread writes through a buffered writer; the main thread reads with os.read.
r, w = os.pipe()
def fill():
    with open(w, "wb") as f:
        f.write(payload)
        f.write(b"tail")

writer = threading.Thread(target=fill)
writer.start()
pieces = []
while True:
    piece = os.read(r, 100000)
    if not piece:
        break
    pieces.append(piece)
writer.join()
print(b"".join(pieces) == payload + b"tail")
os.close(r)

# A write to a pipe nobody reads any more.
r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"x")
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
os.close(w)
