# Generator send() delivers values into yield expressions; first send must be None.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print(type(e).__name__, e)
