# Dicts longer than one storage chunk (1,024 entries in pyvm): deletions, compaction,
# popitem, copies, views and globals read through caches while their dict moves entries.
d = {i: str(i) for i in range(5000)}
for i in range(0, 5000, 7): del d[i]
print(len(d), d[1], d[4999], 7 in d, list(d)[:5], list(d)[-3:])
for i in range(5000, 7000): d[i] = i
print(len(d), sum(d.keys()) % 100003, list(reversed(d))[:3])
while len(d) > 2500: d.popitem()
print(len(d), list(d.items())[-2:])
c = d.copy()
c[-1] = 'new'
print(len(c), len(d), c == d, c.pop(-1), c == d)
keys = {f'k{i}': i for i in range(3000)}
for i in range(1000, 2000): del keys[f'k{i}']
merged = {**keys, 'extra': -1}
print(len(merged), merged['k2999'], 'k1500' in merged, list(merged)[1000], sum(merged.values()))
print(keys.keys() & {'k1', 'k1500', 'k2000'}, len(keys.items() - {('k1', 1)}))
pairs = {(i, -i): i for i in range(2000)}
for i in range(0, 2000, 2): del pairs[(i, -i)]
print(len(pairs), pairs[(1999, -1999)], (2, -2) in pairs, list(pairs)[:2])
it = iter(d)
next(it)
try:
    d[10 ** 6] = 0
    next(it)
except RuntimeError as e:
    print(e)
# A module's globals dict grows and compacts while a function reads one of its names.
def read():
    return marker
marker = 'first'
results = [read()]
for i in range(3000):
    globals()[f'g{i}'] = i
for i in range(3000):
    del globals()[f'g{i}']
    if i % 500 == 0:
        marker = i
        results.append(read())
print(results, read())
