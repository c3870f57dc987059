# math module functions and constants with exact or rounded outputs.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.isqrt(17), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18), math.lcm(4, 6))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(0), round(math.sin(math.pi / 6), 12), math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
