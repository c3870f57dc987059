# Functions with multiple return points and implicit None returns.
def f(x):
    if x is None:
        return
    if x < 0:
        return -1
    for i in range(x):
        if i * i > x:
            return i
print(f(None), f(-5), f(10), f(0), f(1))
def g():
    return 1, 2
print(g(), type(g()).__name__)
