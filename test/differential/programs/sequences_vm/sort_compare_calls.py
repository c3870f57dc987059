# list.sort and sorted call __lt__ on the same pairs, in the same order, as CPython's timsort.
class Key:
    calls = []

    def __init__(self, value, tag):
        self.value = value
        self.tag = tag

    def __lt__(self, other):
        Key.calls.append((self.tag, other.tag))
        return self.value < other.value

    def __repr__(self):
        return f"{self.value}{self.tag}"


def run(values):
    Key.calls = []
    items = [Key(v, i) for i, v in enumerate(values)]
    items.sort()
    print(items)
    print(len(Key.calls), Key.calls[:12])


run([5, 3, 8, 1, 9, 2])
run([1, 2, 3, 4, 5, 0])
run([3, 3, 1, 1, 2, 2])
run(list(range(10, 0, -1)))
# Long enough for minrun, merges and galloping.
seq = [(i * 7919) % 263 for i in range(300)]
run(seq)
run(sorted(seq) + sorted(seq, reverse=True))
run([i % 5 for i in range(200)])

# Stability with reverse=True: equal keys keep their order.
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, reverse=True))

# The key function is called once per item, in order.
seen = []
def key(x):
    seen.append(x)
    return -x
print(sorted([3, 1, 2], key=key), seen)
