# Recursive merge sort and quicksort on lists.
def msort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = msort(xs[:mid]), msort(xs[mid:])
    out = []
    while a and b:
        out.append((a if a[0] <= b[0] else b).pop(0))
    return out + a + b
def qsort(xs):
    if not xs:
        return []
    p, *rest = xs
    return qsort([x for x in rest if x < p]) + [p] + qsort([x for x in rest if x >= p])
data = [5, 3, 9, 1, 5, 0, -2, 8, 7]
print(msort(data), qsort(data), msort(data) == sorted(data))
