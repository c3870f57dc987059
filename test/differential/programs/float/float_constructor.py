# float() parsing of strings, with errors for bad input.
for s in ['3.14', '  -2.5e3 ', '1_000.5', '.5', '5.', '1e-5', '+inf', 'nan', '7']:
    print(repr(float(s)))
for bad in ['', 'abc', '1.2.3', '1e', '_1.0', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(3), float(True), float(-0))
print(float.fromhex('0x1.8p1'), (3.0).hex(), (0.1).hex())
