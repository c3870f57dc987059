# signal handlers (delivered when the process signals itself), the Signals enums,
# atexit's registration and run order at exit, and the gc module's settings.
import atexit
import gc
import os
import signal

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2).name, signal.SIG_DFL, signal.SIG_IGN, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(len(signal.valid_signals()), signal.SIGKILL in signal.valid_signals(), signal.strsignal(signal.SIGSEGV), signal.strsignal(40))
received = []


def handler(signum, frame):
    received.append((signum, frame is not None and frame.f_code.co_name))


print(signal.signal(signal.SIGUSR1, handler))
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(received, signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler, signal.getsignal(signal.SIGUSR1))
os.kill(os.getpid(), signal.SIGUSR1)
print(len(received))
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from SIGINT')
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as error:
    print('default_int_handler:', repr(error))
for attempt in [lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(0, handler), lambda: signal.signal(2, 'x'),
                lambda: signal.getsignal(99), lambda: signal.strsignal(0), lambda: signal.signal(signal.SIGUSR2, signal.SIG_DFL)]:
    try:
        print(attempt())
    except (OSError, ValueError, TypeError) as error:
        print(type(error).__name__, error)
print(signal.set_wakeup_fd(-1), signal.siginterrupt(signal.SIGUSR1, True))

print(gc.isenabled(), gc.collect() >= 0, gc.collect(0) >= 0, gc.get_threshold(), gc.get_debug(), gc.garbage, gc.get_freeze_count())
gc.disable()
print(gc.isenabled())
gc.enable()
gc.set_threshold(100, 5)
print(gc.get_threshold(), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}), gc.is_tracked((1, 'a')), gc.is_tracked(([],)))
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, info['generation'])))
gc.collect(1)
print(phases)
gc.callbacks.clear()
try:
    gc.collect(3)
except ValueError as error:
    print('ValueError', error)


def goodbye(*args, **kwargs):
    print('goodbye', args, kwargs)


print(atexit.register(goodbye, 1, k=2) is goodbye)
atexit.register(print, 'registered last, runs first')
atexit.register(goodbye, 'unregistered')
atexit.unregister(goodbye)
atexit.register(goodbye, 'again')
try:
    atexit.register(5)
except TypeError as error:
    print('TypeError', error)
print('end of main')
