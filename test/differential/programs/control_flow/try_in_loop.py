# break, continue and return inside try/finally within loops.
def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'done'
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            print('cleanup', i)
print(g())
