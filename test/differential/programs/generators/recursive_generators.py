# Recursive generators: permutations and tree traversal with yield from.
def perms(items):
    if not items:
        yield ()
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (x,) + rest
print(list(perms((1, 2, 3))))
tree = ('a', [('b', [('d', [])]), ('c', [])])
def walk(node, depth=0):
    name, kids = node
    yield '  ' * depth + name
    for k in kids:
        yield from walk(k, depth + 1)
print('\n'.join(walk(tree)))
