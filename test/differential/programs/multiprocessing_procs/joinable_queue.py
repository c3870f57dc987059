# multiprocessing.JoinableQueue: workers call task_done(), the parent waits in join().
import multiprocessing


def worker(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put(item * 3)
        tasks.task_done()


if __name__ == '__main__':
    tasks = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(10):
        tasks.put(i)
    tasks.join()
    print('all tasks done')
    print(sorted(results.get(timeout=30) for _ in range(10)))
    for _ in workers:
        tasks.put(None)
    tasks.join()
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    q = multiprocessing.JoinableQueue()
    q.put('only')
    print(q.get())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
