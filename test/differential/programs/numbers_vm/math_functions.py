# The math module's float functions on a grid of arguments and on special values:
# repr() of each result, or the exception. Results are those of C's libm (glibc) and of
# CPython's own gamma, lgamma and hypot.
import math

NAN = float('nan')
INF = float('inf')
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, INF, -INF, NAN]
GRID = [k / 7 for k in range(-70, 71, 3)] + [k * 13.37 for k in range(-20, 21)] + [10.0 ** k for k in range(-30, 31, 7)]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__ + ': ' + str(e)


ONE_ARGUMENT = ['exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sqrt', 'cbrt',
                'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
                'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma']
# gamma(53/7) takes exp(13.0961086122053), a hard case glibc's exp does not round correctly.
for name in ONE_ARGUMENT:
    f = getattr(math, name)
    print(name, ' '.join(show(f, x) for x in SPECIAL))
    print(name, ' '.join(show(f, x) for x in GRID if name != 'gamma' or x != 53 / 7))

for name in ['pow', 'atan2', 'hypot']:
    f = getattr(math, name)
    for x in SPECIAL[:9] + [INF, -INF, NAN]:
        print(name, x, ' '.join(show(f, x, y) for y in SPECIAL[:9] + [INF, -INF, NAN]))
    for x in GRID[::4]:
        print(name, x, ' '.join(show(f, x, y) for y in GRID[::5]))

# ** on floats, and the integer and huge-integer arguments of the logarithms.
print([show(lambda a, b: a ** b, x, y) for x in [2.5, 0.1, 7.0, -3.0, 1e10] for y in [0.5, 1.5, -2.25, 3.0, 31.5]])
print([show(math.log, n) for n in [1, 2, 10, 3**100, 10**400, 2**5000 + 1]])
print([show(math.log2, n) for n in [1, 2, 1024, 3**100, 2**2000]], [show(math.log10, n) for n in [1, 10, 10**22, 10**400]])
print(show(math.log, 8, 2), show(math.log, 100, 10), show(math.log, 2**1000, 2.0), show(math.log, 10, 1))
print(show(math.hypot), show(math.hypot, 3), show(math.hypot, 1, 2, 3, 4, 5), show(math.hypot, 1e-320, 2e-320))
print(show(math.dist, (1.0, 2.0, 3.0), (4.0, 6.5, 3.5)), show(math.dist, [0.1] * 10, [0.3] * 10))
print([show(math.gamma, x) for x in [0.5, 1.5, 4.5, -0.5, -1.5, 171.0, 171.7, 172.0, -171.5, -200.5, 1e-15, -1e-15, 1e-320]])
print([show(math.lgamma, x) for x in [0.5, 1.5, 4.5, -0.5, -1.5, 171.7, 1e10, 1e300, -1e10 - 0.5, 1e-320, -1e-320]])
