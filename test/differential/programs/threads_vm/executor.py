# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, wait, exceptions.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION


def slow_square(x):
    return x * x


def fails(x):
    if x == 3:
        raise ValueError(f'bad {x}')
    return x


with ThreadPoolExecutor(max_workers=3, thread_name_prefix='pool') as ex:
    print(list(ex.map(slow_square, range(8))))
    futures = {ex.submit(slow_square, i): i for i in range(5)}
    print(sorted((futures[f], f.result()) for f in as_completed(futures)))
    f = ex.submit(fails, 3)
    try:
        f.result()
    except ValueError as e:
        print('ValueError:', e, f.done(), type(f.exception()).__name__)
    done, not_done = wait([ex.submit(fails, i) for i in range(5)], return_when=FIRST_EXCEPTION)
    print(len(done) + len(not_done))
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit('_', 1)[0], range(6)))
    print(names)
    try:
        list(ex.map(fails, range(5)))
    except ValueError as e:
        print('map raised:', e)
try:
    ex.submit(slow_square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.active_count())
