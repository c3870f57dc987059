# float's methods: rounding, conversion to int, ratios, hashing, repr, format, and the special methods called directly.
def show(compute):
    try:
        print(repr(compute()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

for x in [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 2.675, 1e16, 123.456, -1e-7, 1e22, 2.0 ** 60 + 2 ** 8]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -2), round(x, 0), round(x, None),
          x.__trunc__(), x.__floor__(), x.__ceil__(), int(x), x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
print(round(0.5, 400), round(-0.5, -400), round(1.5e308, -307), round(5e-324, 323), round(5e-324, 324), round(2.5, 2 ** 70), round(2.5, -(2 ** 70)))
show(lambda: round(1.5e308, -308))
show(lambda: round(float('inf')))
show(lambda: round(float('nan')))
show(lambda: round(float('-inf'), 2))
show(lambda: round(1.5, 'x'))
show(lambda: round(1.5, 1.0))
show(lambda: float('nan').__floor__())
show(lambda: float('inf').__ceil__())
show(lambda: int(float('-inf')))
show(lambda: float('inf').as_integer_ratio())
show(lambda: float('nan').as_integer_ratio())
print((0.1).as_integer_ratio(), (-1e-300).as_integer_ratio()[1].bit_length(), (1e300).as_integer_ratio()[0].bit_length(), (5e-324).as_integer_ratio()[1].bit_length())

print(hash(0.0), hash(-0.0), hash(1.0), hash(1.5), hash(-1.0), hash(0.1), hash(1e100), hash(-1e-100), hash(float('inf')), hash(float('-inf')), hash(2.0 ** 61))
print(hash(1.0) == hash(1), hash(2.0 ** 80) == hash(2 ** 80), hash(0.5) == hash(0.5), float('nan') in {float('nan')})
nan = float('nan')
print(nan in {nan}, nan in [nan], {nan: 1}[nan], len({float('nan'), float('nan')}))

for x in [1.0, 0.1, 1e16, 1e-5, 123456789.0, 1.5e-10, 2.0 ** 70, -0.0, float('inf'), float('nan'), 1 / 3, 9.999999999999999e22]:
    print(repr(x), str(x), f'{x}', f'{x:.3}', f'{x:g}', f'{x:e}', f'{x:.2f}', f'{x:%}' if abs(x) < 1e10 else '', f'{x:+10.4}', f'{x:_>12}')
print(format(1234567.891, ',.2f'), format(1234567.891, '_'), format(-0.0, 'z.1f'), format(0.5, '.0%'), format(2.5, '.0f'), format(1e200, ',.0f')[:20])
show(lambda: format(1.5, 'd'))
show(lambda: format(1.5, 'x'))
show(lambda: (1.5).__format__(1))

print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__sub__(True), (1.5).__rsub__(True), (1.5).__mul__(2), (1.5).__rmul__(2))
print((1.5).__truediv__(2), (1.5).__rtruediv__(3), (7.5).__floordiv__(2), (7.5).__rfloordiv__(20), (7.5).__mod__(2), (7.5).__rmod__(20))
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), (2.0).__pow__(3), (2.0).__rpow__(3), (2.0).__pow__(3, None))
print((1.5).__add__('x'), (1.5).__add__(1j), (1.5).__eq__(1.5), (1.5).__ne__(2), (1.5).__lt__(2), (1.5).__le__('x'), (1.5).__gt__(1), (1.5).__ge__(2 ** 70))
print((1.5).__neg__(), (-1.5).__abs__(), (1.5).__pos__(), (0.0).__bool__(), (1.5).__float__(), (1.5).__int__(), (1.5).__getnewargs__(), (1.5).__sizeof__())
show(lambda: (2.0).__pow__(3, 5))
show(lambda: (1.5).__add__())
show(lambda: (1.5).is_integer(1))
show(lambda: (1.5).__round__(1, 2))
