# Float overflow behaviours: ** raises, * gives inf, math functions raise.
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
import math
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e-320, 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
try:
    print((-8.0) ** 0.5)
except ValueError as e:
    print(type(e).__name__, e)
print(type((-8.0) ** 0.5).__name__)
