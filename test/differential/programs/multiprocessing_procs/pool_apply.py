# Pool.apply, apply_async with callback and error_callback, map_async().get(timeout),
# AsyncResult.ready/successful/wait.
import multiprocessing


def add(a, b=0):
    return a + b


def fail(message):
    raise KeyError(message)


if __name__ == '__main__':
    got = []
    errors = []
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(add, (1, 2)))
        print(pool.apply(add, (5,), {'b': 7}))
        result = pool.apply_async(add, (10, 20), callback=got.append)
        print(result.get(timeout=10))
        print(result.ready(), result.successful())
        bad = pool.apply_async(fail, ('missing',), error_callback=errors.append)
        bad.wait(10)
        print(bad.ready(), bad.successful())
        try:
            bad.get(timeout=10)
        except KeyError as e:
            print('KeyError', e)
        many = pool.map_async(add, [1, 2, 3], callback=got.append)
        print(many.get(timeout=10))
        asyncs = [pool.apply_async(add, (i, i)) for i in range(5)]
        print([a.get(timeout=10) for a in asyncs])
        pool.close()
        pool.join()
    # the callbacks ran in the parent's result-handler thread, before join returned
    print(got)
    print([(type(e).__name__, e.args) for e in errors])
