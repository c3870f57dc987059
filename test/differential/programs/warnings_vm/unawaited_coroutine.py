# A coroutine never awaited is reported through warnings._warn_unawaited_coroutine: the
# warning carries the coroutine as its source, honours a replaced function, and, turned
# into an error, is reported as an exception ignored in the coroutine's finalizer.
import gc
import sys
import warnings


async def idle(tag):
    return tag


def describe(caught):
    for w in caught:
        print(w.category.__name__, '|', w.message, '|', type(w.source).__name__, w.source.__qualname__, '| line', w.lineno)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    idle('a')
    gc.collect()
describe(caught)

# With origin tracking, the message lists where the coroutine was made.
sys.set_coroutine_origin_tracking_depth(2)


def make_one():
    return idle('tracked')


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    coro = make_one()
    print('origin frames:', [name for _, _, name in coro.cr_origin])
    del coro
    gc.collect()
sys.set_coroutine_origin_tracking_depth(0)
for w in caught:
    print(str(w.message).splitlines()[0], '/', str(w.message).splitlines()[1])

# The warnings module's function is what is called: replacing it changes the report.
original = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: print('replacement called for', coro.__qualname__)
idle('b')
gc.collect()


# A replacement that fails is reported, then the plain warning is given instead.
def broken(coro):
    raise ValueError('broken reporter')


warnings._warn_unawaited_coroutine = broken
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    idle('c')
    gc.collect()
describe(caught)
warnings._warn_unawaited_coroutine = original

# As an error: reported as unraisable (on stderr), nothing raised here.
with warnings.catch_warnings():
    warnings.simplefilter('error', RuntimeWarning)
    idle('d')
    gc.collect()
print('done')
