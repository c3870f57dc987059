# A tuple containing a list: the list is mutable; += on the element raises yet mutates.
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
