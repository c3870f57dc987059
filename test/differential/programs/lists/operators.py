# List concatenation, repetition, in-place variants and their aliasing effects.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0] * 3 + [1] * 2
print(c, [] * 5, [[]] * 2)
d = b
d *= 2
print(b, d is b)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
b += (9, 8)
print(b)
b += 'xy'
print(b)
