# IndexError and TypeError messages for list indexing.
a = [1, 2, 3]
tests = [lambda: a[3], lambda: a[-4], lambda: a['x'], lambda: a[1.0], lambda: a.__setitem__(5, 0), lambda: a.__delitem__(-9)]
for t in tests:
    try:
        t()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(a[True], a[-True], a[2:100])
