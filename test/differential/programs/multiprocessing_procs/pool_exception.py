# An exception raised in a Pool worker comes back to the parent: its type, message,
# and a __cause__ that is a RemoteTraceback carrying the worker's traceback text.
import multiprocessing
import multiprocessing.pool
import os


class Custom(Exception):
    pass


def check(x):
    if x == 3:
        raise ValueError(f'bad value {x}')
    return x


def custom(x):
    raise Custom('custom', x)


if __name__ == '__main__':
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, range(5))
        except ValueError as e:
            print(type(e).__name__, e)
            cause = e.__cause__
            print(type(cause).__name__, isinstance(cause, multiprocessing.pool.RemoteTraceback))
            text = str(cause)
            print("raise ValueError(f'bad value {x}')" in text)
            print('Traceback (most recent call last):' in text)
            lines = text.strip().splitlines()
            print(lines[-2])
            print([os.path.basename(line.strip()) for line in lines if line.endswith(', in check')])
            print(text.startswith('\n"""\n'), text.endswith('"""'))
        try:
            pool.apply(custom, (7,))
        except Custom as e:
            print(type(e).__name__, e.args)
            print(type(e.__cause__).__name__)
        try:
            list(pool.imap(check, [1, 2, 3]))
        except ValueError as e:
            print('imap:', e)
        print(pool.map(check, [0, 1, 2]))
