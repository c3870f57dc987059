# multiprocessing.Pipe: duplex (both ends send and receive) and one-way, send/recv,
# send_bytes/recv_bytes, poll, and EOFError once the other side has closed.
import multiprocessing


def duplex_child(conn):
    while True:
        msg = conn.recv()
        if msg == 'stop':
            break
        conn.send(('echo', msg))
    conn.send_bytes(b'raw bytes')
    conn.close()


def writer(conn):
    for i in range(3):
        conn.send(i * 10)
    conn.close()


if __name__ == '__main__':
    parent_end, child_end = multiprocessing.Pipe()
    p = multiprocessing.Process(target=duplex_child, args=(child_end,))
    p.start()
    child_end.close()
    for msg in [1, 'two', {'three': 3}]:
        parent_end.send(msg)
        print(parent_end.recv())
    parent_end.send('stop')
    print(parent_end.recv_bytes())
    try:
        parent_end.recv()
    except EOFError:
        print('EOFError')
    p.join()
    print(p.exitcode)
    reader, write_end = multiprocessing.Pipe(duplex=False)
    p = multiprocessing.Process(target=writer, args=(write_end,))
    p.start()
    write_end.close()
    received = []
    while True:
        try:
            received.append(reader.recv())
        except EOFError:
            break
    p.join()
    print(received)
    print(reader.readable, reader.writable)
    try:
        reader.send(1)
    except OSError as e:
        print('OSError:', e)
    a, b = multiprocessing.Pipe()
    print(a.poll(), b.poll(0))
    a.send('x')
    print(b.poll(5), b.recv())
