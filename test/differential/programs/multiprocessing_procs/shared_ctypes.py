# multiprocessing.Value and Array: memory shared with children (fork start method),
# typecodes, get_lock(), and a lock-free RawValue/RawArray.
import multiprocessing


def add_to(counter, numbers, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1
    for i in range(len(numbers)):
        numbers[i] = numbers[i] * 2


def fill(raw_value, raw_array):
    raw_value.value = 2.5
    raw_array[:] = [9, 8, 7]


if __name__ == '__main__':
    counter = multiprocessing.Value('i', 0)
    numbers = multiprocessing.Array('d', [1.0, 2.0, 3.0])
    print(counter.value, numbers[:], len(numbers))
    workers = [multiprocessing.Process(target=add_to, args=(counter, numbers, 50)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(counter.value)
    print(numbers[:])
    letters = multiprocessing.Array('c', b'abc')
    print(letters.value, letters.raw)
    zeros = multiprocessing.Array('i', 4)
    print(list(zeros))
    raw_value = multiprocessing.RawValue('d', 0.0)
    raw_array = multiprocessing.RawArray('h', 3)
    p = multiprocessing.Process(target=fill, args=(raw_value, raw_array))
    p.start()
    p.join()
    print(raw_value.value, list(raw_array))
    flag = multiprocessing.Value('b', False, lock=False)
    print(flag.value, hasattr(flag, 'get_lock'))
