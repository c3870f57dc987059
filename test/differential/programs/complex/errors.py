# Errors from complex operations: ordering, division by zero, bad strings.
try:
    print(1j < 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1 + 1j) / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for s in ['1+', 'j1', '1 + 2j', 'abc']:
    try:
        print(complex(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) % 2
except TypeError as e:
    print(type(e).__name__, e)
