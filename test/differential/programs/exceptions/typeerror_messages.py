# TypeError messages for unsupported operand types and uncallable/unsubscriptable objects.
tests = [lambda: 1 + 'a', lambda: 'a' - 'b', lambda: [] * [], lambda: None + None, lambda: -'x', lambda: ~1.5, lambda: 5(), lambda: None[0], lambda: 5[0], lambda: {}[[]], lambda: 1 < None, lambda: (1).__add__('a'), lambda: divmod('a', 1), lambda: 2 ** 'x', lambda: 'a' @ 'b', lambda: 1 & 1.0]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, '|', e)
