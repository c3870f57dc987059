# The CPU-bound half of the seed document's GIL section, timed inside one interpreter:
# work(n) twice sequentially, in two threads, and in a two-process Pool. Run by
# bench/processes.mjs as `processes.py N`; prints one JSON object of wall times (s,
# time.perf_counter) and whether every result was right:
#   sequential       work(n) twice, one after the other
#   threads          two threading.Threads, one work(n) each, started and joined
#   processes        `with Pool(2) as pool: pool.map(work, [n, n], chunksize=1)`, all of it:
#                    starting the workers, the map, and the pool's shutdown, as a user sees it
#   processes_warm   the same map on a Pool(2) whose two workers have already run a task
#                    (the start-up and shutdown left out: the parallelism alone)
# They are timed after a warm-up and a pause, so that what an interpreter started in the
# background as it imported has finished (pyvm boots spare child interpreters once
# multiprocessing is imported: see the README; CPython starts nothing). `processes.py N
# at-once` times instead, in a process of its own, the Pool of `processes` made right
# after the imports, as a script that starts one at once meets it:
#   processes_at_once  `processes` with no warm-up and no pause
import json
import sys
import threading
import time
from multiprocessing import Pool, current_process


def work(n):
    return sum(i * i for i in range(n))


def sequential(n):
    return [work(n), work(n)]


def threaded(n):
    results = [None, None]

    def one(index):
        results[index] = work(n)

    threads = [threading.Thread(target=one, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def pooled(n):
    with Pool(2) as pool:
        return pool.map(work, [n, n], chunksize=1)


def worker_name_after(seconds):
    time.sleep(seconds)
    return current_process().name


def started_pool():
    """A Pool(2) whose two workers have each run a task, so both are up and waiting."""
    pool = Pool(2)
    for _ in range(200):
        if len(set(pool.map(worker_name_after, [0.02, 0.02], chunksize=1))) == 2:
            return pool
    raise RuntimeError('the second pool worker never took a task')


def timed(run, n):
    started = time.perf_counter()
    results = run(n)
    return time.perf_counter() - started, results


# Seconds: enough for pyvm's spare interpreters to have booted.
PAUSE = 2


def main():
    n = int(sys.argv[1])
    expected = (n - 1) * n * (2 * n - 1) // 6
    report = {'n': n}
    if sys.argv[2:] == ['at-once']:
        report['processes_at_once'], results = timed(pooled, n)
        report['correct'] = results == [expected, expected]
        print(json.dumps(report))
        return
    work(n // 5)  # a warm-up, so that the first variant timed does not pay for a cold start
    time.sleep(PAUSE)
    correct = True
    for name, run in [('sequential', sequential), ('threads', threaded), ('processes', pooled)]:
        report[name], results = timed(run, n)
        correct = correct and results == [expected, expected]
    pool = started_pool()
    report['processes_warm'], results = timed(lambda n: pool.map(work, [n, n], chunksize=1), n)
    correct = correct and results == [expected, expected]
    pool.close()
    pool.join()
    report['correct'] = correct
    print(json.dumps(report))


if __name__ == '__main__':
    main()
