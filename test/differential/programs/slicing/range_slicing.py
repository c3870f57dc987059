# Slicing ranges gives ranges; range attributes, len, index and containment.
r = range(0, 20, 3)
print(r, r[2:5], r[::-1], r[1::2], len(r), r[-1], r.index(9), r.count(9), 10 in r, 9 in r)
print(range(5)[10:], range(10, 0, -2)[1:3], list(range(-5, 5, 4)))
print(range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2), repr(range(3)))
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
