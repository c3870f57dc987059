# sorted() with key and reverse; it always returns a new list.
t = (3, 1, 2)
s = sorted(t)
print(s, t, type(s).__name__, sorted('bca'), sorted({'z': 1, 'a': 2}), sorted(x % 5 for x in range(12)))
print(sorted(['B', 'a', 'C'], key=str.casefold, reverse=True), sorted([[2], [1, 9], [1]]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1], reverse=1), sorted([], key=len))
