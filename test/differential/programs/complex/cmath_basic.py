# A few cmath functions with outputs rounded for stability.
import cmath
z = 1 + 1j
print(round(abs(cmath.sqrt(-4) - 2j), 12), cmath.sqrt(-1))
r, phi = cmath.polar(z)
print(round(r, 10), round(phi, 10))
w = cmath.rect(2, 0)
print(w, cmath.phase(-1), cmath.isclose(cmath.exp(1j * cmath.pi), -1))
print(cmath.isnan(complex(float('nan'), 0)), cmath.isinf(complex(0, float('inf'))))
