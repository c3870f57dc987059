# Two CPU-bound threads under the GIL take turns every switch interval: each one's
# appends show up between the other's, before either finishes.
import sys
import threading

# A short interval and a long run make the turns certain on a fast CPython too.
sys.setswitchinterval(0.0002)
log = []


def run(tag):
    for i in range(1_000_000):
        log.append(tag)


a = threading.Thread(target=run, args=('a',))
b = threading.Thread(target=run, args=('b',))
a.start()
b.start()
a.join()
b.join()
print(len(log), log.count('a'), log.count('b'))
last_a = len(log) - 1 - log[::-1].index('a')
last_b = len(log) - 1 - log[::-1].index('b')
print('b started before a finished:', log.index('b') < last_a)
print('a ran again after b started:', log.index('a') < log.index('b') < last_a)
turns = sum(1 for x, y in zip(log, log[1:]) if x != y)
print('several turns:', turns >= 2)
