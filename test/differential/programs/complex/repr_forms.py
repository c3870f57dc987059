# repr of complex with negative zero, inf, nan and integer-valued parts.
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(1.5, 0), complex(0, 1e20), complex(float('inf'), -1), complex(float('nan'), 2), complex(1e-10, 1e10)]
for c in vals:
    print(repr(c), str(c))
print(format(1 + 2j, '.2f'), format(3 - 4j, '^20'), f'{1.23456 + 9.87654j:.3}')
