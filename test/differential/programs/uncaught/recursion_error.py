# Infinite recursion ends with an uncaught RecursionError.
def forever(n):
    return forever(n + 1) + 1
print('starting')
x = 1
forever(x)
