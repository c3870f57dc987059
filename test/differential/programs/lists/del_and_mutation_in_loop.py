# Deleting items, and the effect of mutating a list while iterating over a copy.
a = list(range(10))
del a[0]
del a[-1]
del a[2:4]
print(a)
for x in a[:]:
    if x % 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
for x in b:
    if x < 5:
        b.append(x + 10)
print(b)
try:
    del a[100]
except IndexError as e:
    print(type(e).__name__, e)
