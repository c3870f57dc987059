# Sets and comprehensions: set algebra (|, &, -, ^, issubset), set comprehensions,
# dict and list comprehensions with conditions and nesting, frozenset keys, a sieve of
# Eratosthenes on a set, and reachability in a graph with sets as frontiers.
# (Sets are only summed, sized or sorted, so the line is the same for every hash seed.)


def sieve(limit):
    candidates = set(range(2, limit + 1))
    for p in range(2, int(limit ** 0.5) + 1):
        if p in candidates:
            candidates -= set(range(p * p, limit + 1, p))
    return candidates


def make_graph(nodes, seed):
    edges = {}
    for n in range(nodes):
        out = set()
        for _ in range(3):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            out.add(seed % nodes)
        out.discard(n)
        edges[n] = out
    return edges


def reachable(edges, start):
    seen = {start}
    frontier = {start}
    while frontier:
        nxt = set()
        for n in frontier:
            nxt |= edges[n]
        frontier = nxt - seen
        seen |= frontier
    return seen


def main():
    primes = sieve(500_000)
    twin = {p for p in primes if p + 2 in primes}
    mod4 = {p % 4 for p in primes}

    multiples = [set(range(0, 100_000, k)) for k in range(2, 12)]
    algebra = 0
    for a in multiples:
        for b in multiples:
            algebra += len(a | b) + len(a & b) * 3 + len(a - b) * 5 + len(a ^ b) * 7
            algebra += (a <= b) + a.issubset(b) * 2 + a.isdisjoint(b) * 4
    algebra += len(primes & multiples[0]) + len(primes.union(*multiples[:3]))

    words = ["".join(chr(97 + (i * k + i // 7) % 26) for k in range(1, 3 + i % 4)) for i in range(80_000)]
    letters = {w: frozenset(w) for w in words}
    by_letters = {}
    for w, key in letters.items():
        by_letters.setdefault(key, []).append(w)
    biggest = max(len(v) for v in by_letters.values())
    vowels = frozenset("aeiou")
    with_vowel = sum(1 for key in by_letters if key & vowels)
    pairs = {frozenset((i % 97, (i // 97 * 31) % 89)) for i in range(40_000)}
    singletons = sum(1 for p in pairs if len(p) == 1)

    matrix = [[(r * 37 + c * 11) % 101 for c in range(400)] for r in range(400)]
    transposed = [[row[c] for row in matrix] for c in range(400)]
    diag = sum(matrix[i][i] for i in range(400))
    flat = [v for row in transposed for v in row if v % 3 == 0]
    table = {(r, c): v for r, row in enumerate(matrix) for c, v in enumerate(row) if v > 90}
    squares = {n: n * n for n in range(200_000) if n % 7 in (1, 2, 4)}
    inverse = {v % 1000: k for k, v in squares.items()}
    distinct_cols = [len({row[c] % (c + 7) for row in matrix}) for c in range(0, 400, 10)]

    graph = make_graph(8_000, 99)
    reach = [len(reachable(graph, s)) for s in range(0, 8_000, 800)]
    sinks = {n for n, out in graph.items() if not out}
    pointed_to = set().union(*graph.values())
    orphans = set(graph) - pointed_to

    print("sets_comprehensions", len(primes), sum(primes) % 1_000_003, len(twin), sorted(mod4),
          algebra, len(by_letters), biggest, with_vowel, len(pairs), singletons, diag,
          len(flat), sum(flat), len(table), len(squares), sum(inverse.values()) % 1_000_003,
          distinct_cols[:4], reach, len(sinks), len(orphans))


main()
