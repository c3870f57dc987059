# General format 'g' chooses between fixed and exponent notations and strips zeros.
for v in [0.0001, 0.00001, 123456.0, 1234567.0, 1.0, 10.0, 100.5, 1e-10, 3.14159, 2.5e15]:
    print(v, format(v, 'g'), format(v, '.3g'), format(v, '#g'), format(v, '.12g'), '%g' % v)
print(format(float('inf'), 'g'), format(float('nan'), '.3f'), format(-float('inf'), 'e'))
for p in range(0, 8):
    print(p, format(123.456, f'.{p}g'), format(0.000123456, f'.{p}g'))
