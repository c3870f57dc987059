# Generator expression's first iterable is evaluated immediately, the rest lazily.
x = [1, 2, 3]
g = (i * 10 for i in x)
x = [100]
print(list(g))
y = [1, 2]
h = (a + b for a in [0, 10] for b in y)
y = [5]
print(list(h))
try:
    g2 = (i for i in 5)
except TypeError as e:
    print(type(e).__name__, e)
