# cmath: the elementary functions on ordinary and special values, polar/rect, isclose,
# and the errors CPython gives (domain, range, argument types).
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)

samples = [0j, 1 + 0j, -1 + 0j, 2 + 3j, -0.5 - 4j, 1e-300 + 1e-300j, 1e300 + 1e300j, complex(-0.0, 0.0), 0.71 + 0.7j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh',
         'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']


def show(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except (ValueError, OverflowError, TypeError) as error:
        return f'{type(error).__name__}: {error}'
    if isinstance(result, complex):
        return f'({result.real!r}, {result.imag!r})'
    return repr(result)


for name in names:
    fn = getattr(cmath, name)
    print(name, [show(fn, z) for z in samples])

specials = [-math.inf, -1.5, -0.0, 0.0, 1.5, math.inf, math.nan]
for name in ['sqrt', 'exp', 'log', 'atanh', 'tanh', 'cosh', 'asinh']:
    fn = getattr(cmath, name)
    rows = []
    for re in specials:
        rows.append(' '.join(show(fn, complex(re, im)) for im in specials))
    print(name)
    print('\n'.join(rows))

# polar and rect round-trip; phase keeps the sign of zero.
for z in [3 + 4j, -1 + 0j, complex(-1, -0.0), -2j]:
    r, phi = cmath.polar(z)
    print(z, r, phi, cmath.phase(z), cmath.rect(r, phi))
print(show(cmath.rect, math.inf, 1.0), show(cmath.rect, 1.0, math.inf), show(cmath.rect, -math.inf, 0.0))

# log with a base, and the module's predicates.
print(cmath.log(8, 2), cmath.log(100j, 10), show(cmath.log, 1, 1), show(cmath.log, 0))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, abs_tol=0.2),
      cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)), cmath.isclose(1, 1 + 1e-10j, rel_tol=1e-12))
print(show(cmath.isclose, 1, 2, rel_tol=-1), show(cmath.isclose, 1, 2, 3))

# Arguments: ints, floats, objects with __complex__ or __float__ or __index__.
class Complexish:
    def __complex__(self):
        return 1 + 1j


class Floatish:
    def __float__(self):
        return 0.25


class Indexish:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 'nope'


print(cmath.sqrt(Complexish()), cmath.sqrt(Floatish()), cmath.sqrt(Indexish()), cmath.sqrt(True))
print(show(cmath.sqrt, 'x'), show(cmath.sqrt, BadComplex()), show(cmath.sqrt, 10 ** 400))
print(show(cmath.sqrt), show(cmath.phase, 1, 2), show(cmath.log), show(cmath.rect, 1))
print(show(cmath.exp, 1000), show(cmath.exp, complex(0, math.inf)), show(cmath.cosh, complex(800, 1)))
