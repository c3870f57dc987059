# bool() of builtin values: numbers, containers, strings, None.
vals = [0, 1, -1, 0.0, 1e-300, 0j, 1j, '', ' ', '0', [], [[]], (), ((),), {}, {0: 0}, set(), frozenset(), None, range(0), range(1), b'', b'\x00', bytearray()]
for v in vals:
    print(repr(v), bool(v), not v)
print(sum(1 for v in vals if v), len(vals))
print([bool(x) for x in (float('nan'), -0.0, '\0', ' '.strip())])
print(bool(), bool(bool), bool(print), bool(NotImplemented is not None))
