# os.pipe ends: reads, writes, end of file, and readiness through select and selectors.
import os
import select
import selectors

read_end, write_end = os.pipe()
print(os.get_inheritable(read_end), os.get_inheritable(write_end), os.get_blocking(read_end))
print(select.select([read_end], [], [], 0))
os.write(write_end, b'hello')
print(select.select([read_end], [], [], 0)[0] == [read_end])
print(os.read(read_end, 3), os.read(read_end, 10))
print(select.select([read_end], [write_end], [], 0) == ([], [write_end], []))

poller = select.poll()
poller.register(read_end, select.POLLIN)
print(poller.poll(0))
os.write(write_end, b'more')
print(poller.poll(0) == [(read_end, select.POLLIN)])
print(os.read(read_end, 100))
os.close(write_end)
print(poller.poll(0) == [(read_end, select.POLLHUP)])
print(os.read(read_end, 100))
os.close(read_end)

read_end, write_end = os.pipe2(os.O_NONBLOCK)
print(os.get_blocking(read_end), os.get_inheritable(read_end))
try:
    os.read(read_end, 1)
except BlockingIOError as error:
    print('BlockingIOError', error.errno)
os.close(read_end)
os.close(write_end)
read_end, write_end = os.pipe2(0)
print(os.get_inheritable(read_end), os.get_inheritable(write_end))
os.close(read_end)
os.close(write_end)

read_end, write_end = os.pipe()
with selectors.DefaultSelector() as selector:
    selector.register(read_end, selectors.EVENT_READ, 'reader')
    print(selector.select(timeout=0.05))
    with open(write_end, 'wb') as writer:
        writer.write(b'line\n')
    events = selector.select(timeout=1)
    print([(key.data, mask) for key, mask in events])
    with open(read_end, 'rb') as reader:
        print(reader.read())
