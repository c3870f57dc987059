# Formatting floats with f, e, g, %, and precision/width/sign/fill options.
x = 1234.56789
for spec in ['', 'f', '.2f', '10.3f', '<12.1f', '^12.1f', '+.3e', 'e', 'E', '.3g', 'g', '.10g', '%', '.1%', ',.2f', '_.3f', '012.2f', ' .2f', '#.0f', '.0e']:
    print(repr(spec), repr(format(x, spec)))
print(format(-x, '015,.2f'), format(0.000012345, 'g'), format(1e20, 'g'), format(123456789.0, '.4g'))
