# str() and repr() of floats agree (shortest round-trip) across magnitudes.
vals = [1.0, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1e22, 1e23, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), str(v) == repr(v), float(repr(v)) == v)
print([0.1, 0.25], (1e100,), {'x': 1e-7})
