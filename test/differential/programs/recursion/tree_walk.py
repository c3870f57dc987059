# Recursive traversal of nested lists and dicts.
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4])], [], [[5]]])))
def depth(d):
    if not isinstance(d, dict) or not d:
        return 0
    return 1 + max(depth(v) for v in d.values())
print(depth({'a': {'b': {'c': 1}}, 'd': 2}), depth({}))
def count_leaves(t):
    return 1 if not isinstance(t, list) else sum(map(count_leaves, t))
print(count_leaves([[1, 2], [3, [4, 5]], 6]))
