# The default excepthook writes to the real stderr; the program goes on and exits 0.
import threading


def boom():
    raise KeyError('missing')


t = threading.Thread(target=boom)
t.start()
t.join()
print('main continues')
