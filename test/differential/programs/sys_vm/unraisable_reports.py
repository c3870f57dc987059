# The reports that go through sys.unraisablehook when the program ends: a thread's
# function that raised, and atexit callbacks (one whose exception has a context, which
# the default hook does not show), with a hook replaced by the program for some.
import _thread
import atexit
import sys
import time


class Job:
    def __init__(self, name):
        self.name = name

    def __call__(self):
        try:
            raise KeyError(self.name)
        except KeyError:
            raise ValueError(f'job {self.name} failed') from None if self.name == 'quiet' else ValueError(f'job {self.name} failed')

    def __repr__(self):
        return f'<Job {self.name}>'


def recording_hook(unraisable):
    print('hook:', unraisable.err_msg, '|', getattr(unraisable.object, '__name__', unraisable.object), '|', unraisable.exc_type.__name__, unraisable.exc_value)
    print('  context shown by traceback module?', unraisable.exc_value.__context__ is not None)


sys.unraisablehook = recording_hook
done = []


def thread_body(job):
    try:
        job()
    finally:
        done.append(job.name)


_thread.start_new_thread(thread_body, (Job('threaded'),))
while not done:
    time.sleep(0.001)
time.sleep(0.01)
print('thread finished:', done)


def restore_default_hook():
    print('restoring the default hook')
    sys.unraisablehook = sys.__unraisablehook__


# Run last registered first: the recording hook sees the first two, the default one the last.
atexit.register(Job('chained'))
atexit.register(restore_default_hook)
atexit.register(Job('quiet'))
atexit.register(Job('recorded'))
print('main done')
