# Nested lists and aliasing: [[]]*n shares inner lists; copies do not.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [1, [2, 3]]
b = a[:]
b[1].append(4); b[0] = 99
print(a, b)
c = a
c.append(5)
print(a is c, a == c, a)
