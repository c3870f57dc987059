# complex: construction from numbers and strings, arithmetic with every numeric type, repr, format and errors.
def show(compute):
    try:
        print(repr(compute()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

print(complex(), complex(1), complex(1.5, -2), complex(-0.0, -0.0), complex(0, -0.0), complex(True, False), complex(imag=3), complex(real=2, imag=1))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(-0.0, 1j), complex(2 ** 60, 2.5), complex(1e308, -1e308))
for text in ['1+2j', '  (1-2j)  ', '-j', 'J', '+1.5J', '2', '(3)', '1e3-1e-3j', 'inf+nanj', '-infj', 'nan', '1_0+2_0j',
             '٣+١j', '1+j', '.5j', '5.j', '1e400j', '-0j', '-0-0j']:
    show(lambda: complex(text))
for text in ['', '()', '1+', '1+2', 'j1', '1jj', '(1+2j', '1+2j)', '1 + 2j', '1__0j', '_1j', '0x1', '1+2i', 'infinityj+1']:
    show(lambda: complex(text))
show(lambda: complex('1', 2))
show(lambda: complex(1, '2'))
show(lambda: complex(None))
show(lambda: complex(1, None))
show(lambda: complex([]))
show(lambda: complex(b'1'))
show(lambda: complex(10 ** 400))
show(lambda: complex(1, 10 ** 400))
show(lambda: complex(1, 2, 3))
show(lambda: complex(1, real=2))
show(lambda: complex(bad=1))

class WithComplex:
    def __complex__(self):
        return 3 - 4j

class WithFloat:
    def __float__(self):
        return 0.25

class WithIndex:
    def __index__(self):
        return 9

class BadComplex:
    def __complex__(self):
        return 5

print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()), complex(1, WithComplex()) if False else '')
show(lambda: complex(BadComplex()))

z = 3 + 4j
w = -1.5 + 0.5j
for other in [z, w, 2, -3.5, True, 0, 0.0, 2 ** 60]:
    row = [z + other, other + z, z - other, other - z, z * other, other * z]
    if other:
        row += [z / other, other / z]
    row += [z ** 2, other ** 1j if other else '']
    print(row)
print(z.real, z.imag, z.conjugate(), abs(z), abs(-0j), abs(complex(float('inf'), float('nan'))), abs(complex(1e308, 1e308)), -z, +z, bool(z), bool(0j), bool(-0j))
print(1j ** 2, (1 + 1j) ** 8, (1 + 1j) ** -2, 2 ** (1 + 1j), 1j ** 0.5, (-1) ** 0.5, 0j ** 0, 0j ** 2, (2 + 0j) ** 101, 1e300j * 1e300j)
show(lambda: 1j / 0)
show(lambda: 1 / 0j)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: abs(complex(1.5e308, 1.5e308)))
show(lambda: (1e300 + 1e300j) ** 50.5)
show(lambda: 1j // 1)
show(lambda: 1j % 1)
show(lambda: divmod(1j, 1))
show(lambda: pow(1j, 2, 3))
show(lambda: int(1j))
show(lambda: float(1j))
show(lambda: round(1j))
show(lambda: 1j + 10 ** 400)
show(lambda: 1j & 1)
show(lambda: -1j < 1j)

for value in [0j, -0j, 1j, -1j, 1 + 0j, -1 - 0j, complex(-0.0, 0), complex(-0.0, -0.0), 1.5e300 + 2e-300j, complex(float('nan'), float('inf')), 1e16j, 0.1 + 0.2j]:
    print(repr(value), str(value), f'{value}', f'{value:.2f}', f'{value:g}', f'{value:>20}', f'{value:+.1e}')
show(lambda: format(1j, '010'))
show(lambda: format(1j, '=10'))
show(lambda: format(1j, 'd'))
print((1 + 2j).__getnewargs__(), (1 + 2j).__complex__(), (1j).__eq__(1j), (1j).__ne__(1), (1j).__lt__(1j), (1j).__eq__('x'), (1j).__add__('x'))
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1.5), (1 + 2j).__sub__(1), (1 + 2j).__rsub__(1), (1 + 2j).__mul__(2), (1 + 2j).__rmul__(True))
print((1 + 2j).__truediv__(2), (1 + 2j).__rtruediv__(2), (1 + 2j).__pow__(2), (1 + 2j).__rpow__(2), (1 + 2j).__pow__(2, None))
