# Float division and modulo by zero raise ZeroDivisionError.
for f in (lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0), lambda: 0.0 ** -1):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
