# multiprocessing.Queue and SimpleQueue between the parent and children, both ways,
# with picklable values of several types.
import multiprocessing
import queue


def producer(q, start):
    for i in range(start, start + 3):
        q.put((start, i * i))
    q.put((start, None))


def echo(inbox, outbox):
    while True:
        item = inbox.get()
        if item is None:
            break
        outbox.put(item)


def simple_worker(requests, replies):
    while (item := requests.get()) is not None:
        replies.put(item[::-1])


if __name__ == '__main__':
    q = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=producer, args=(q, s)) for s in (10, 20)]
    for w in workers:
        w.start()
    got = []
    finished = 0
    while finished < 2:
        start, value = q.get(timeout=30)
        if value is None:
            finished += 1
        else:
            got.append((start, value))
    for w in workers:
        w.join()
    print(sorted(got))
    inbox, outbox = multiprocessing.Queue(), multiprocessing.Queue()
    p = multiprocessing.Process(target=echo, args=(inbox, outbox))
    p.start()
    values = [1, 2.5, 'three', b'four', [5, {'six': (7,)}], None]
    for v in values[:-1]:
        inbox.put(v)
    inbox.put(None)
    print([outbox.get(timeout=30) for _ in values[:-1]])
    p.join()
    print(p.exitcode)
    try:
        outbox.get(timeout=0.01)
    except queue.Empty:
        print('queue.Empty')
    requests, replies = multiprocessing.SimpleQueue(), multiprocessing.SimpleQueue()
    p = multiprocessing.Process(target=simple_worker, args=(requests, replies))
    p.start()
    for word in ['abc', 'hello']:
        requests.put(word)
    requests.put(None)
    p.join()
    print(replies.empty())
    print(replies.get(), replies.get())
    print(replies.empty())
    requests.close()
    replies.close()
