# IndexError/KeyError messages across containers and assignment variants.
tests = [lambda: [1].__getitem__(5), lambda: (1,).__getitem__(-2), lambda: 'x'[3], lambda: range(2)[2], lambda: b'a'[1], lambda: bytearray(b'')[0], lambda: [].pop(), lambda: [1].pop(3), lambda: {}.pop('z'), lambda: set().pop()]
for t in tests:
    try:
        t()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, '|', e)
lst = [1]
try:
    lst[2] = 0
except IndexError as e:
    print(type(e).__name__, '|', e)
