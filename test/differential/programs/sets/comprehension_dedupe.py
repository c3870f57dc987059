# Deduplicating with sets while preserving order via dict.fromkeys.
data = ['b', 'a', 'b', 'c', 'a', 'd']
print(sorted(set(data)), list(dict.fromkeys(data)))
seen = set()
out = []
for x in data:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, len(seen))
print(sorted({c.upper() for c in 'hello'}), {x % 3 for x in range(10)})
