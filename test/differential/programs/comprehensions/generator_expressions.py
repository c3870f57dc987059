# Generator expressions are lazy and single-use.
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (x * 10 for x in src())
print(log, type(g).__name__)
print(next(g), log)
print(list(g), list(g), log)
print(sum(x for x in range(5)), max((len(w), w) for w in ['aa', 'b', 'ccc']))
print(any(x > 3 for x in [1, 5]), all(x for x in []), sorted(x % 4 for x in range(8)))
