# Assignment expressions in if, while and expressions.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print('long', n)
it = iter(data)
while (x := next(it, None)) is not None:
    print('x', x)
print((y := 5) + y, y)
print([z := 1, z + 1])
def f():
    if (m := max(data)) > 5:
        return m
print(f())
