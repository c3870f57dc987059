# How a child Process ends: sys.exit(3), sys.exit('text') (1),
# an uncaught exception (1, traceback on stderr), terminate() of a sleeper (-15),
# join(timeout) on a process still running.
import multiprocessing
import sys
import time


def exit_three():
    sys.exit(3)


def exit_text():
    sys.exit('leaving with a message')


def sleep_forever():
    while True:
        time.sleep(1)


def crash():
    raise ValueError('boom in the child')


if __name__ == '__main__':
    for target in (exit_three, exit_text):
        p = multiprocessing.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, p.exitcode)
    sleeper = multiprocessing.Process(target=sleep_forever)
    sleeper.start()
    sleeper.join(timeout=0.05)
    print('still alive after join(timeout):', sleeper.is_alive(), sleeper.exitcode)
    sleeper.terminate()
    sleeper.join()
    print('terminated:', sleeper.is_alive(), sleeper.exitcode)
    p = multiprocessing.Process(target=crash)
    p.start()
    p.join()
    print('crash', p.exitcode)
