# Lists: append/pop/insert, slicing, comprehensions, sort with and without key,
# reversed, index/count, list-of-lists (matrix multiply), and a hand-written merge sort.


def lcg(seed, n, mod):
    out = []
    for _ in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((seed >> 33) % mod)
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def main():
    data = lcg(42, 250_000, 1_000_000)
    ms = merge_sort(data[:80_000])
    assert ms == sorted(data[:80_000])
    s1 = sorted(data)
    s2 = sorted(data, key=lambda x: (x % 1000, -x))
    words = [str(x) for x in data[:80_000]]
    words.sort(key=len, reverse=True)
    stack = []
    popped = 0
    for x in data:
        if x % 3 == 0 and stack:
            popped += stack.pop()
        else:
            stack.append(x)
    q = list(range(20_000))
    for i in range(3_000):
        q.insert(i % 50, q.pop())
    evens = [x for x in data if x % 2 == 0]
    matrix = [[(i * j) % 7 for j in range(70)] for i in range(70)]
    prod = matmul(matrix, matrix)
    trace = sum(prod[i][i] for i in range(70))
    rev = list(reversed(s1[:1000]))
    print("lists_sort", s1[0], s1[-1], s1[30_000], s2[:3], words[0], popped % 1_000_007, len(stack), q[:5], len(evens), trace, rev[0], data.count(data[7]), ms[:3])


main()
