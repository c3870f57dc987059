# Closures capture variables by reference, with independent cells per call.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
print(len(c1.__closure__), c1.__closure__[0].cell_contents)
