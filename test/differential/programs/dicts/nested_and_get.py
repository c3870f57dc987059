# Nested dicts, chained .get with defaults, and building a nested structure.
data = {}
pairs = [('fruit', 'apple'), ('veg', 'kale'), ('fruit', 'pear'), ('nut', 'pecan'), ('fruit', 'apple')]
for kind, name in pairs:
    data.setdefault(kind, {}).setdefault(name, 0)
    data[kind][name] += 1
print(data)
print(data.get('fruit', {}).get('apple'), data.get('meat', {}).get('beef', 'none'))
print(sorted((k, sum(v.values())) for k, v in data.items()))
