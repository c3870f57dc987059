# Generators: yield, yield from, returns, sends, and generators in classes.
def counter(limit):
    n = 0
    while n < limit:
        received = yield n
        if received is not None:
            n = received
        n += 1
    return n

def delegating(*sources):
    total = 0
    for source in sources:
        total += yield from source
    yield
    return total

def in_try():
    try:
        yield 1
    finally:
        print('closed')

class Tree:
    def __iter__(self):
        yield self
        for child in self.children:
            yield from child
