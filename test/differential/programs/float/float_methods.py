# float methods: is_integer, as_integer_ratio, hex, conjugate, real/imag.
for x in (1.0, 2.5, -0.75, 1e20, 0.1):
    print(x, x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(float.fromhex('-0x1.fffffffffffffp+1023'))
