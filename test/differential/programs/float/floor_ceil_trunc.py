# math.floor/ceil/trunc and int() of floats, and floats in range computations.
import math
for x in (2.7, -2.7, 2.0, -0.5, 1e20, -1e-300):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x), type(math.floor(x)).__name__)
print(math.floor(5), math.ceil(-5))
try:
    math.floor(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
