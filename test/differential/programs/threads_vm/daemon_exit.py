# At exit the main thread waits for non-daemon threads (threading._shutdown), not for daemons.
import threading
import time


def forever():
    while True:
        time.sleep(0.01)


d = threading.Thread(target=forever, daemon=True)
d.start()
print('daemon:', d.daemon, d.is_alive())


def late():
    time.sleep(0.05)
    print('non-daemon thread finishes after main')


threading.Thread(target=late).start()
print('main done')
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)
