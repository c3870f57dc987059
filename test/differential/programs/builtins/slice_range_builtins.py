# range() arguments, negative steps, membership and errors.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0, 1, 5)), list(range(-3)))
r = range(-10, 10, 4)
print(r, len(r), r[0], r[-1], -2 in r, -3 in r, r.index(2), r.count(6))
for bad in (lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(), lambda: range('5')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(range(3) == range(0, 3), hash(range(3)) == hash(range(0, 3, 1)), range(0, 10, 2)[2:4])
