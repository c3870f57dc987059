# Division by zero in its integer forms raises ZeroDivisionError with CPython's messages.
ops = [lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(5, 0), lambda: 0 // 0, lambda: (1 << 100) % 0]
for op in ops:
    try:
        op()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
