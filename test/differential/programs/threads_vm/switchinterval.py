# sys.getswitchinterval / setswitchinterval.
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setswitchinterval('x')
except TypeError as e:
    print('TypeError:', e)
total = []


def spin():
    s = 0
    for i in range(200000):
        s += i
    total.append(s)


ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
