# A replaced threading.excepthook sees the ExceptHookArgs of a failing thread (also for a
# Thread subclass's run(), a Timer and a thread calling sys.exit), and a hook that
# itself fails falls back to sys.excepthook.
import sys
import threading

sys.stderr = sys.stdout
calls = []


def hook(args):
    tb_names = []
    tb = args.exc_traceback
    while tb is not None:
        tb_names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    calls.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, tb_names[-1:]))


print(type(threading.excepthook).__name__, threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def explode(msg):
    raise LookupError(msg)


t = threading.Thread(target=explode, args=('from target',), name='target-thread')
t.start()
t.join()


class Runner(threading.Thread):
    def run(self):
        {}['missing']


r = Runner(name='runner')
r.start()
r.join()
timer = threading.Timer(0, explode, args=('from timer',))
timer.name = 'timer'
timer.start()
timer.join()
quiet = threading.Thread(target=sys.exit, args=(5,), name='exits')
quiet.start()
quiet.join()
for c in calls:
    print(c)
print('alive:', t.is_alive(), r.is_alive(), timer.is_alive())

fields = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(type(fields).__name__, fields.exc_type.__name__, fields.exc_value, fields.thread)


def failing_hook(args):
    raise TypeError('the hook itself failed')


def sys_hook(exc_type, exc, tb):
    print('sys.excepthook got', exc_type.__name__, exc)


threading.excepthook = failing_hook
sys.excepthook = sys_hook
t = threading.Thread(target=explode, args=('hook will fail',))
t.start()
t.join()
threading.excepthook = threading.__excepthook__
sys.excepthook = sys.__excepthook__
print('main exits normally')
