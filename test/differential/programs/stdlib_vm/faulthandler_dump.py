# faulthandler.dump_traceback writes the stack straight to the file descriptor, after
# flushing the file object given.
import faulthandler
import sys


def inner():
    print('before the dump')
    faulthandler.dump_traceback(sys.stdout, all_threads=False)


def outer():
    inner()


outer()
print(faulthandler.is_enabled())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable())
for bad in (-1, object()):
    try:
        faulthandler.dump_traceback(bad)
    except (ValueError, AttributeError) as error:
        print(type(error).__name__, error)
