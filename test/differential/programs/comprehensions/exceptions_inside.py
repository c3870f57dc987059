# Exceptions raised inside comprehensions propagate with the right type.
try:
    [1 // x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(list(int(s) for s in ['1', 'two']))
except ValueError as e:
    print(type(e).__name__, e)
print([y for y in (lambda: [1, 2])()])
