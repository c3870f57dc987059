# Pool(initializer=, initargs=) runs once in each worker; maxtasksperchild replaces
# a worker after that many tasks. Worker identities (pids) are only counted, never printed.
import multiprocessing
import os

setting = 'parent'


def init(value):
    global setting
    setting = value


def read_setting(_):
    return setting


def whoami(_):
    return os.getpid()


if __name__ == '__main__':
    with multiprocessing.Pool(2, initializer=init, initargs=('initialised',)) as pool:
        print(pool.map(read_setting, range(4)))
    print(setting)
    # one worker that retires after every 2 tasks: 4 tasks, one at a time, take 2 workers
    with multiprocessing.Pool(1, maxtasksperchild=2) as pool:
        pids = pool.map(whoami, range(4), chunksize=1)
    print(len(pids), len(set(pids)), pids[0] == pids[1], pids[1] == pids[2], pids[2] == pids[3])
    print(os.getpid() in pids)
