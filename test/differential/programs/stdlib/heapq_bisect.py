# heapq and bisect operations on lists.
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(2, [4, 7, 1, 9]), heapq.nsmallest(2, 'python'), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10), bisect.bisect_left(a, 0))
bisect.insort(a, 4)
print(a)
