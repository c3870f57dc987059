# Slice assignment, deletion and extended slices on lists.
a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[::3] = [0, 0, 0]
print(a)
del a[1::2]
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[:] = 'abc'
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3, 4]
b[-1:-3:-1] = ['p', 'q']
print(b)
