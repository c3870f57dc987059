# An uncaught IndexError inside a nested function call.
def last_but(xs, n):
    return xs[-n - 1]
data = [1, 2, 3]
print(last_but(data, 0))
print(last_but(data, 2))
print(last_but(data, 3))
