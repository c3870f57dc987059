# concurrent.futures.ProcessPoolExecutor: submit/result, map (with chunksize),
# exceptions from workers, as_completed, wait, shutdown.
import concurrent.futures
from concurrent.futures import ProcessPoolExecutor


def cube(x):
    return x ** 3


def divide(a, b):
    return a / b


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(cube, 3)
        print(future.result(timeout=30))
        print(future.done(), future.exception())
        print(list(executor.map(cube, range(6))))
        print(list(executor.map(divide, [10, 9], [2, 3], chunksize=2)))
        bad = executor.submit(divide, 1, 0)
        try:
            bad.result(timeout=30)
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e)
        print(type(bad.exception()).__name__)
        futures = [executor.submit(cube, n) for n in range(5)]
        print(sorted(f.result() for f in concurrent.futures.as_completed(futures, timeout=30)))
        done, not_done = concurrent.futures.wait(futures, timeout=30)
        print(len(done), len(not_done))
        try:
            list(executor.map(divide, [1, 2], [1, 0]))
        except ZeroDivisionError as e:
            print('map raised', type(e).__name__)
    executor = ProcessPoolExecutor(max_workers=2)
    print(executor.submit(pow, 2, 10).result())
    executor.shutdown(wait=True)
    try:
        executor.submit(cube, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
