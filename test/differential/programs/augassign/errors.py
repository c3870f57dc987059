# Augmented assignment to undefined names and unsupported types raises.
try:
    undefined += 1
except NameError as e:
    print(type(e).__name__, e)
x = None
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
y = 'a'
try:
    y -= 'b'
except TypeError as e:
    print(type(e).__name__, e)
z = [1]
try:
    z *= 'x'
except TypeError as e:
    print(type(e).__name__, e)
