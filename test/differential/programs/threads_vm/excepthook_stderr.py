# An exception in a thread: threading.excepthook prints it to stderr (here the
# traceback goes to stdout, to be compared line by line), the thread ends, others go on.
import sys
import threading

sys.stderr = sys.stdout


def fail(x):
    return 1 / x


def nested():
    fail(0)


t = threading.Thread(target=nested, name='doomed')
t.start()
t.join()
print('alive after:', t.is_alive())


def exits():
    sys.exit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print('SystemExit in a thread is silent')

captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=fail, args=(0,), name='hooked')
t.start()
t.join()
print(captured)
threading.excepthook = threading.__excepthook__
