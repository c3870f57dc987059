# Duplex multiprocessing.Pipe()s: between parent and child (many round trips, a
# message larger than a socket's buffer), between two siblings, bytes queued before
# the end was handed over, and end-of-file once every copy of the other end is closed,
# in every process (also when a child is terminated).
import multiprocessing
import time


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg)
    conn.close()


def ping(conn, rounds):
    total = 0
    for i in range(rounds):
        conn.send(i)
        total += conn.recv()
    conn.send(('ping done', total))


def pong(conn, rounds):
    for _ in range(rounds):
        conn.send(conn.recv() * 2)
    print('pong got', conn.recv(), flush=True)


def drain(conn):
    first = conn.recv()
    conn.send(('queued', first, conn.recv()))


def sleeper(conn):
    time.sleep(60)


if __name__ == '__main__':
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(b,))
    p.start()
    b.close()
    print([a.send(i) or a.recv() for i in range(50)] == list(range(50)))
    big = bytes(range(256)) * 2000
    a.send(big)
    print(a.recv() == big)
    a.send(None)
    p.join()
    try:
        a.recv()
    except EOFError:
        print('EOFError after the child closed')
    a.close()

    x, y = multiprocessing.Pipe()
    left = multiprocessing.Process(target=ping, args=(x, 20))
    right = multiprocessing.Process(target=pong, args=(y, 20))
    left.start()
    right.start()
    left.join()
    y.send('from the parent')
    right.join()
    print(x.recv(), left.exitcode, right.exitcode)
    print(x.poll(0))
    x.close()
    y.close()

    c, d = multiprocessing.Pipe()
    c.send('sent first')
    c.send('sent second')
    p = multiprocessing.Process(target=drain, args=(d,))
    p.start()
    d.close()
    print(c.recv())
    p.join()

    e, f = multiprocessing.Pipe()
    p = multiprocessing.Process(target=sleeper, args=(f,))
    p.start()
    f.close()
    print(e.poll(0.1))
    p.terminate()
    p.join()
    print(p.exitcode, e.poll(10))
    try:
        e.recv()
    except EOFError:
        print('EOFError after the child was terminated')
