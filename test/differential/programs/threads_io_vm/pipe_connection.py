# multiprocessing.connection.Pipe between two threads of one process: send and recv
# block on the pipe without holding up the other thread.
import threading
from multiprocessing.connection import Pipe

left, right = Pipe()

def echo():
    while True:
        message = right.recv()
        if message is None:
            right.send("bye")
            return
        right.send((message, len(repr(message))))

server = threading.Thread(target=echo)
server.start()
for message in [1, "two", [3, 3, 3], {"four": 4}, b"five" * 1000, ("six",) * 3]:
    left.send(message)
    reply = left.recv()
    print(type(reply[0]).__name__, reply[1])
left.send(None)
print(left.recv())
server.join()

# Raw bytes, and poll with a timeout while the other side is slow.
a, b = Pipe(duplex=False)
def slow_sender():
    import time
    time.sleep(0.2)
    b.send_bytes(b"late bytes")
sender = threading.Thread(target=slow_sender)
sender.start()
print("ready at once:", a.poll(0))
print("ready in time:", a.poll(5))
print(a.recv_bytes())
sender.join()
b.close()
try:
    a.recv()
except EOFError:
    print("EOFError after close")
a.close()
left.close()
right.close()
