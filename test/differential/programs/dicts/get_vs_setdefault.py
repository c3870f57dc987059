# Grouping and counting with dict.get, setdefault and comprehension idioms.
words = 'the cat and the hat and the bat'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in counts.items() if v > 1})
