# Type errors from string methods given wrong argument types.
tests = [lambda: 'abc'.find(1), lambda: 'abc'.replace('a'), lambda: 'abc'.split(1), lambda: 'abc'.strip(5), lambda: 'abc'.join('x', 'y'), lambda: 'abc'.center()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
