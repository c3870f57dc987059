# Chained generator pipeline with lazy evaluation order shown.
def source(n):
    for i in range(n):
        print('produce', i)
        yield i
def square(it):
    for x in it:
        print('square', x)
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
for v in evens(square(source(4))):
    print('consume', v)
