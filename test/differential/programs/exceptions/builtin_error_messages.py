# Messages of common builtin errors.
tests = [
    lambda: int('x'), lambda: 1 / 0, lambda: [][1], lambda: {}['k'], lambda: None.x,
    lambda: undefined_name, lambda: 'a' + 1, lambda: len(5), lambda: [1, 2].index(3),
    lambda: float('y'), lambda: (1, 2)[5], lambda: 'abc'[10], lambda: {1, 2}.remove(3),
    lambda: iter(5), lambda: next(iter([])), lambda: int(None), lambda: sum(['a']),
    lambda: ord(5), lambda: chr('a'), lambda: [1] * 'a', lambda: abs('x'), lambda: {}.fromkeys(1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, '|', e)
