# Dicts: word counting, get/set/setdefault, dict comprehensions, membership,
# deletion, items() iteration, and dicts keyed by ints, strings and tuples.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "xe", "zu", "ba", "do"]


def make_words(count):
    words = []
    seed = 12345
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + seed % 4
        w = ""
        s = seed
        for _ in range(n):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        words.append(w)
    return words


def main():
    words = make_words(600_000)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_first = {}
    for w in words:
        by_first.setdefault(w[:2], []).append(len(w))
    lengths = {k: sum(v) for k, v in by_first.items()}
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    squares = {i: i * i for i in range(300_000)}
    hit = 0
    for i in range(0, 600_000, 3):
        if i in squares:
            hit += squares[i] % 101
    for i in range(0, 300_000, 2):
        del squares[i]
    grid = {}
    for x in range(450):
        for y in range(450):
            grid[(x, y)] = (x * 7 + y * 3) % 10
    neigh = 0
    for (x, y), v in grid.items():
        if grid.get((x + 1, y), 0) == v:
            neigh += 1
        if (x, y + 1) in grid and grid[(x, y + 1)] > v:
            neigh += 2
    inverted = {v: k for k, v in counts.items()}
    merged = dict(counts)
    merged.update({k: -1 for k in list(counts)[:100]})
    print("dicts", len(counts), top, sorted(lengths.items())[:3], hit, len(squares), neigh, len(inverted), sum(merged.values()))


main()
