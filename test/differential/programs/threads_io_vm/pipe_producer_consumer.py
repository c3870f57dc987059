# A queue over a pipe: producers write lines, a consumer reads them with readline on a
# buffered reader, until the end of file.
import os
import threading
import time

r, w = os.pipe()
lock = threading.Lock()

def producer(name, count):
    for i in range(count):
        line = f"{name}:{i}\n".encode()
        with lock:
            os.write(w, line)
        if i % 5 == 0:
            time.sleep(0.001)

consumed = []
def consumer():
    with os.fdopen(r, "r") as f:
        for line in f:
            consumed.append(line.rstrip("\n"))

c = threading.Thread(target=consumer)
c.start()
producers = [threading.Thread(target=producer, args=(name, 20)) for name in "abc"]
for p in producers:
    p.start()
for p in producers:
    p.join()
os.close(w)
c.join()
print(len(consumed))
for name in "abc":
    mine = [int(item.split(":")[1]) for item in consumed if item.startswith(name + ":")]
    print(name, mine == list(range(20)))

# Request and reply over two pipes between two threads.
req_r, req_w = os.pipe()
rep_r, rep_w = os.pipe()
def server():
    with os.fdopen(req_r, "rb") as requests, os.fdopen(rep_w, "wb", buffering=0) as replies:
        while True:
            header = requests.read(4)
            if not header:
                return
            body = requests.read(int.from_bytes(header, "big"))
            replies.write(body.upper())

s = threading.Thread(target=server)
s.start()
with os.fdopen(req_w, "wb", buffering=0) as requests, os.fdopen(rep_r, "rb", buffering=0) as replies:
    for word in [b"alpha", b"beta", b"gamma" * 3]:
        requests.write(len(word).to_bytes(4, "big") + word)
        print(replies.read(len(word)))
s.join()
