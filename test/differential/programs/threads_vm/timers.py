# threading.Timer: runs after its interval unless cancelled.
import threading

fired = []
# 100 ms: a loaded machine must not start the late one first.
t1 = threading.Timer(0.1, fired.append, args=('late',))
t2 = threading.Timer(0.0, fired.append, args=('early',))
t3 = threading.Timer(10, fired.append, args=('cancelled',))
t1.start()
t2.start()
t3.start()
t3.cancel()
t2.join()
t1.join()
t3.join()
print(fired, t3.finished.is_set())
print(t1.name.startswith('Thread-'))
