# socket.socketpair with select.select and select.poll: readiness, non-blocking errors,
# timeouts, shutdown and close seen from the other end.
import select
import socket

a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.gettimeout(), a.getblocking())
print(repr(a.getsockname()), repr(b.getpeername()))
print(select.select([a, b], [a], [], 0) == ([], [a], []))
a.sendall(b"ping")
r, w, x = select.select([a, b], [], [], 0)
print(r == [b], w, x)
print(b.recv(2), b.recv(10))
b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)
b.settimeout(0.01)
try:
    b.recv(1)
except TimeoutError as e:
    print("TimeoutError", e)
print(b.gettimeout())

p = select.poll()
p.register(a, select.POLLIN | select.POLLOUT)
p.register(b.fileno(), select.POLLIN)
events = dict(p.poll(0))
print(events[a.fileno()] == select.POLLOUT, b.fileno() in events)
a.send(b"x")
events = dict(p.poll(10))
print(events[b.fileno()] == select.POLLIN)
p.modify(a, select.POLLIN)
print(a.fileno() in dict(p.poll(0)))
p.unregister(a)
try:
    p.unregister(a)
except KeyError:
    print("KeyError on second unregister")

buf = bytearray(4)
print(b.recv_into(buf), buf)
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
try:
    a.send(b"more")
except BrokenPipeError as e:
    print("BrokenPipeError", e)
b.close()
print(b.fileno())
try:
    b.recv(1)
except OSError as e:
    print("OSError", e)
a.close()
c, d = socket.socketpair()
with c, d:
    pass
print("closed pair:", c.fileno(), d.fileno())

try:
    select.select([object()], [], [])
except TypeError as e:
    print("TypeError", e)
try:
    select.select(1, [], [])
except TypeError as e:
    print("TypeError", e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError", e)
print(select.select([], [], [], 0.001))
print(socket.htons(1), socket.ntohl(1), socket.getdefaulttimeout())
