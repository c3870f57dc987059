# repr of many floats exercising exponent switching and shortest digits.
vals = [0.3, 2.675, 1.1 * 3, 9.999999999999999e22, 1e21, 1e-6, 1.5e-7, 100.0, 12345678.9, 0.000001, 1234567890123456.7]
for v in vals:
    print(repr(v))
for e in range(-8, 25, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e, -(2.0 ** e))
