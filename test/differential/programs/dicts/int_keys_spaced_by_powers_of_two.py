# Int keys that are consecutive, or a multiple of a power of two apart (which a table indexed
# by the keys' low bits must spread), or past 2**53: built, read, half deleted, probed.
for step in [1, 1024, 2**16, 2**32, 2**40, -7, 3**20, 2**53 - 1]:
    d = {i * step: i for i in range(20000)}
    total = sum(d[i * step] for i in range(0, 20000, 3))
    for i in range(0, 20000, 2):
        del d[i * step]
    present = sum(1 for i in range(20000) if i * step in d)
    d[step] = 'again'
    print(step, total, present, len(d), list(d)[:3], list(d)[-2:], d.get(2 * step), d.get(3 * step))
