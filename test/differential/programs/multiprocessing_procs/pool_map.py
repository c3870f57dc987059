# multiprocessing.Pool: map (with and without chunksize), imap, imap_unordered, starmap,
# the `with` form, and close/join; functions defined in __main__ run in the workers.
import multiprocessing


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def describe(item):
    key, value = item
    return f'{key}={value!r}'


if __name__ == '__main__':
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=3))
        print(pool.map(square, []))
        print(list(pool.imap(square, range(6))))
        print(list(pool.imap(square, range(6), chunksize=2)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0), (2, 100)]))
        print(pool.map(describe, sorted({'a': 1, 'b': [2, 3], 'c': None}.items())))
        print(pool.map(len, ['', 'ab', 'xyz']))
    pool = multiprocessing.Pool(processes=2)
    results = pool.map(str.upper, ['spam', 'eggs'])
    pool.close()
    pool.join()
    print(results)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print('after close:', e)
