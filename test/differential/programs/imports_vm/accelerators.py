# The C accelerators heapq, bisect and stat take over from their pure-Python fallbacks.
import bisect
import heapq
import random
import stat


class Loud:
    log = []

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Loud.log.append((self.value, other.value))
        return self.value < other.value

    def __repr__(self):
        return f'L{self.value}'


print(heapq.heappush.__module__, bisect.bisect_left.__module__, stat.S_ISDIR.__module__, stat.filemode.__module__)
rng = random.Random(7)
data = [rng.randrange(100) for _ in range(40)]
heap = list(data)
heapq.heapify(heap)
print(heap)
print([heapq.heappop(heap) for _ in range(5)], heapq.heappushpop(heap, 3), heapq.heapreplace(heap, 99), heap[:5])
big = [rng.randrange(10**6) for _ in range(6000)]
heapq.heapify(big)
print(big[:8], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
print(heapq.nlargest(4, data), heapq.nsmallest(4, data), list(heapq.merge([1, 4, 9], [2, 3, 10])))
loud = [Loud(v) for v in [5, 3, 8, 1, 9, 2]]
heapq.heapify(loud)
heapq.heappush(loud, Loud(0))
heapq.heappop(loud)
print(loud, Loud.log)
maxheap = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(maxheap)
print(maxheap, heapq._heappop_max(maxheap), heapq._heapreplace_max(maxheap, 0), maxheap)

for call in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapify(None), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush([], 1, 2), lambda: heapq.heappop(()), lambda: heapq.heappop(), lambda: heapq.heappush(h=[], item=1),
             lambda: bisect.bisect_right([1, 2], 1, -1), lambda: bisect.bisect_right([1, 2], 1, 'a'), lambda: bisect.bisect_left(5, 1),
             lambda: bisect.bisect_right([1, 2, 3], 2, hi=10), lambda: bisect.insort([1], 2, 0, None, None),
             lambda: stat.S_ISDIR('x'), lambda: stat.filemode(-1), lambda: stat.S_IMODE(2**40)]:
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)

values = sorted(rng.randrange(50) for _ in range(30))
print([bisect.bisect_left(values, v) for v in (0, 10, 25, 49, 60)], [bisect.bisect_right(values, v) for v in (0, 10, 25, 49, 60)])
print(bisect.bisect(values, 20, 5, 15), bisect.bisect_left(values, 20, hi=-1), bisect.bisect_right(values, 20, key=lambda v: v))
records = [('a', 1), ('b', 5), ('c', 9)]
bisect.insort(records, ('x', 6), key=lambda r: r[1])
bisect.insort_left(records, ('y', 5), key=lambda r: r[1])
print(records)


class Sequence(list):
    def insert(self, index, value):
        print('insert', index, value)
        super().insert(index, value)


sequence = Sequence([1, 3])
bisect.insort_right(sequence, 2)
print(sequence)
for mode in [0o170777, 0o40755, 0o100644, 0o120777, 0o20620, 0o60660, 0o10600, 0o140755, 0o104755, 0o102755, 0o101755, 0o106644, 0]:
    print(stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode), stat.S_ISDOOR(mode), stat.S_ISPORT(mode), stat.S_ISWHT(mode))
print(stat.S_IFDOOR, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.ST_CTIME, stat.S_ENFMT)
