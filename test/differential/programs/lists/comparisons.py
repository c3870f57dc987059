# List comparison is lexicographic; equality compares elements; identity shortcut for nan.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2.0])
print([[1]] == [[1]], [1, [2]] < [1, [3]])
nan = float('nan')
l = [nan]
print(l == l, [nan] == [float('nan')], nan in l)
try:
    [1] < ['a']
except TypeError as e:
    print(type(e).__name__, e)
print(max([[3], [1, 2], [3, 0]]), sorted([[2, 1], [1, 5], [1]]))
