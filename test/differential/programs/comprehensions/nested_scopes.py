# Nested comprehensions and comprehensions inside functions referencing locals.
def f(n):
    base = 100
    return [[base + i * j for j in range(n)] for i in range(n)]
print(f(3))
def g():
    items = ['a', 'b']
    return {k: [k * i for i in range(1, 3)] for k in items}
print(g())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
