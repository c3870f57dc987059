# Subclasses of float and complex: construction, results of plain type, overridden methods honoured.
class Meters(float):
    def __repr__(self):
        return f'{float(self)}m'

    def __add__(self, other):
        return Meters(float(self) + float(other))

class Celsius(float):
    def __new__(cls, value, scale='C'):
        self = super().__new__(cls, value)
        self.scale = scale
        return self

    def __str__(self):
        return f'{float(self):.1f}°{self.scale}'

class Signal(complex):
    def __abs__(self):
        return 'custom abs'

    def __rmul__(self, other):
        return ('rmul', other)

m = Meters(2.5)
print(m, repr(m), str(m), m + 1, 1 + m, type(1 + m).__name__, m * 2, type(m * 2).__name__, -m, type(-m).__name__, type(+m).__name__)
print(type(abs(m)).__name__, m == 2.5, 2.5 == m, m < 3, hash(m) == hash(2.5), float(m), type(float(m)).__name__, int(m), round(m), round(m, 1), type(round(m, 1)).__name__)
print(m.real, type(m.real).__name__, type(m.conjugate()).__name__, m.hex(), m.is_integer(), m.as_integer_ratio(), divmod(m, 1), m // 1, m % 1, m ** 2)
print(Meters.fromhex('0x1p2'), type(Meters.fromhex('0x1p2')).__name__, Meters('1_5.5'), Meters(b'3'), Meters(), f'{m}', format(m, ''), format(m, '.2f'))
c = Celsius(21.456)
print(c, repr(c), f'{c}', format(c, ''), format(c, '.3f'), c.scale, Celsius(-4, 'F'), c.__dict__)
print(float.__new__(Meters, 7), float.__new__(float, '8'))
try:
    float.__new__(int, 1)
except TypeError as error:
    print('TypeError:', error)

s = Signal(3, 4)
print(s, repr(s), type(s).__name__, abs(s), s * 2, type(s * 2).__name__, 2 * s, s + 1, type(s + 1).__name__, -s, type(+s).__name__)
print(s == 3 + 4j, hash(s) == hash(3 + 4j), s.real, s.imag, s.conjugate(), type(s.conjugate()).__name__, complex(s), type(complex(s)).__name__)
print(Signal('1+1j'), Signal(imag=2), type(Signal(1j)).__name__, complex.__new__(Signal, 5), f'{s}', format(s, ''), format(s, '.1f'))

class Exact(float):
    pass

e = Exact(0.1)
print(e, e + e, Exact(3) / 2, Exact('nan') != Exact('nan'), Exact(1e300) * 10, pow(Exact(2), 3), pow(2, Exact(3)))
print(Meters(1) + Meters(2), Exact(1) + Exact(2), type(Exact(1) + Exact(2)).__name__)
for value, spec in [(Exact(1.5), 'd'), (Signal(1j), 'x'), (Exact(1.5), 'invalid'), (Signal(1j), '=5')]:
    try:
        format(value, spec)
    except ValueError as error:
        print('ValueError:', error)
