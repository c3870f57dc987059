# min and max with key, default, multiple args, and error cases.
print(max(3, 1, 2), min('b', 'a', 'c'), max([1, 5, 3]), min((4, 2)), max('hello'))
print(max(['aa', 'b', 'cccc'], key=len), min([-5, 3, 1], key=abs), max({'a': 3, 'b': 1}, key=lambda k: -ord(k)))
print(max([], default='empty'), min([], default=None), max([2, 2.0]), max([2.0, 2]), min([1, True]))
print(max([(1, 'b'), (1, 'a')]), max(1, 2, key=lambda x: -x))
for f in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1], [2], default=0), lambda: max(1, 'a')):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
