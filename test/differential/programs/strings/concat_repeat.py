# String concatenation, repetition and errors mixing str with other types.
a = 'ab'
print(a + 'cd', a * 3, 3 * a, a * 0, a * -2, repr('' * 5))
b = a
b += 'x'
print(a, b)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
print('-'.join(['x'] * 4), 'a' 'b' 'c')
