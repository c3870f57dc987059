# A coroutine that is never awaited warns RuntimeWarning when it is dropped; recorded
# with catch_warnings, then one left to the default filters, which reaches stderr.
import gc
import warnings


async def forgotten(n):
    return n


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    forgotten(1)
    c = forgotten(2)
    del c
    gc.collect()
for w in caught:
    print(w.category.__name__, w.message)

# Closed or finished coroutines do not warn.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    c = forgotten(3)
    c.close()
    del c
    d = forgotten(4)
    try:
        d.send(None)
    except StopIteration as e:
        print('finished with', e.value)
    del d
    gc.collect()
print('warnings after close/finish:', len(caught))

with warnings.catch_warnings():
    warnings.simplefilter('error', RuntimeWarning)
    try:
        forgotten(5)
        gc.collect()
    except RuntimeWarning as e:
        print('never raised here')
print('errors from __del__ are unraisable, not raised')
forgotten(6)
gc.collect()
print('end of program')
