# abs() on ints and computing signs without math.copysign.
vals = [-5, 0, 5, -2 ** 100, True, False]
for v in vals:
    s = (v > 0) - (v < 0)
    print(v, abs(v), s, type(abs(v)).__name__)
print(abs(-0), (-7).__abs__(), (3).__neg__(), (3).__pos__(), (3).__invert__())
