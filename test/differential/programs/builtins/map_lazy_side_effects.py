# map, filter, zip and enumerate are lazy iterators consumed once.
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log, list(m))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
fl = filter(lambda x: x, [0, 1])
print(iter(fl) is fl, list(fl))
