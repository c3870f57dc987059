# Barrier: wait() indices, abort() breaking waiting parties, a failing action breaking
# the barrier, reset(), timeouts, and the parties/n_waiting/broken attributes.
import threading

b = threading.Barrier(3)
print('parties', b.parties, 'waiting', b.n_waiting, 'broken', b.broken)
indices = []
lock = threading.Lock()


def party():
    i = b.wait()
    with lock:
        indices.append(i)


for round_ in range(2):
    ts = [threading.Thread(target=party) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print('round', round_, sorted(indices))
    indices.clear()

# abort() while two parties wait: both see BrokenBarrierError.
ab = threading.Barrier(3)
outcomes = []


def waits_forever(name):
    try:
        ab.wait()
        outcomes.append((name, 'passed'))
    except threading.BrokenBarrierError as e:
        outcomes.append((name, type(e).__name__, e.args))


ts = [threading.Thread(target=waits_forever, args=(n,)) for n in 'xy']
for t in ts:
    t.start()
while ab.n_waiting < 2:
    threading.Event().wait(0.001)
ab.abort()
for t in ts:
    t.join()
print(sorted(outcomes), ab.broken, ab.n_waiting)
try:
    ab.wait()
except threading.BrokenBarrierError:
    print('a broken barrier refuses new waiters')
ab.reset()
print('after reset', ab.broken)

# The action raising: the last arriving thread gets the error, the others BrokenBarrierError.
def bad_action():
    raise ValueError('action failed')


fb = threading.Barrier(2, action=bad_action)
errors = []


def arrive():
    try:
        fb.wait()
    except Exception as e:
        errors.append(type(e).__name__)


ts = [threading.Thread(target=arrive) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(errors), fb.broken)

# A per-call timeout breaks the barrier for everyone.
tb = threading.Barrier(2)
try:
    tb.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('timed out; broken', tb.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print('ValueError:', e)
