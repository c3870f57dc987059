# List methods returning None, and chaining mistakes revealing None.
a = [3, 1, 2]
r = a.sort()
print(r, a)
print(a.append(4), a.extend([]), a.insert(0, 0), a.reverse(), a.clear(), a)
b = [1, 2, 3]
print(b.copy() == b, b.copy() is b, b[:] is b, list(b) is b)
try:
    sorted(b).append(4).append(5)
except AttributeError as e:
    print(type(e).__name__, e)
