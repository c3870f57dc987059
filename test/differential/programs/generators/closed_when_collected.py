# A generator dropped while suspended where a handler would see GeneratorExit is closed:
# CPython closes it when its last reference goes, pyvm when gc.collect() finds it
# unreachable (so each drop here is followed by a collection) or at exit
# (test_generators' test_frame_resurrect and test_refcycle).
import contextlib
import gc
import sys
import weakref


def with_finally(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)


def catching_exit():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit caught')
        raise


@contextlib.contextmanager
def managed():
    print('enter')
    yield
    print('exit (not reached when closed)')


def in_with():
    with managed():
        yield 1


def no_handler():
    yield 1
    print('never')


for make in (lambda: with_finally('dropped'), catching_exit, in_with, no_handler):
    g = make()
    next(g)
    del g
    gc.collect()
    print('collected')

kept = with_finally('kept until exit')
next(kept)
gc.collect()
print('still suspended:', kept.gi_suspended)

# Finished or never started: nothing to close.
done = with_finally('finished')
print(list(done))
del done
never_started = with_finally('never started')
del never_started
gc.collect()


def cyclic():
    try:
        me = yield
        yield me
    finally:
        print('finally in a cycle')


g = cyclic()
next(g)
g.send(g)
reference = weakref.ref(g)
del g
gc.collect()
print('weakref cleared:', reference() is None)

frame = None


def resurrecting():
    global frame
    try:
        yield
    finally:
        frame = sys._getframe()


g = resurrecting()
next(g)
del g
gc.collect()
print('frame kept by finally:', frame is not None)


def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print('ignoring GeneratorExit')


g = stubborn()
next(g)
del g
gc.collect()
print('end')
