# abs, divmod, pow, round, bin, oct and hex: on every numeric type and on classes defining the special methods.
def show(compute):
    try:
        print(repr(compute()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

print(abs(-5), abs(5), abs(-2 ** 70), abs(-0.0), abs(-1.5), abs(True), abs(False), abs(-3 + 4j), abs(-(2 ** 53)), abs(float('-inf')))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 7), divmod(-(2 ** 70), 2 ** 35), divmod(17.5, 5), divmod(-17, 5.5), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2.5, 2), pow(-8, 1 / 3), pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(3, -1, 7), pow(3, -2, 7), pow(5, 0, 1), pow(7, 2 ** 100, 13))
print(pow(base=3, exp=2), pow(3, exp=2, mod=4), pow(2, 3, None), pow(True, True, 2), pow(2 ** 100, 2 ** 100, 10 ** 9 + 7), pow(12345, -1, 2 ** 61 - 1))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(12345, -2), round(5.5, None), round(number=7.25, ndigits=1), round(True))
print(bin(10), bin(-10), bin(0), oct(64), oct(-64), hex(255), hex(-255), hex(2 ** 100), bin(True), hex(False))
show(lambda: abs('x'))
show(lambda: abs())
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0.0))
show(lambda: divmod('a', 1))
show(lambda: divmod(1, 2, 3))
show(lambda: pow(2, -1, 4))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2))
show(lambda: pow(2, 3, 4, 5))
show(lambda: pow(2, 3, z=5))
show(lambda: pow('2', 3, 5))
show(lambda: pow(2, 3, '5'))
show(lambda: pow(2, 3.5, 5))
show(lambda: round('x'))
show(lambda: round(1.5, 'x'))
show(lambda: round())
show(lambda: round(1, 2, 3))
show(lambda: round(x=1))
show(lambda: bin(1.5))
show(lambda: hex('1'))
show(lambda: oct(x=1))
show(lambda: oct())

class Vector:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return f'Vector{self.parts}'

    def __abs__(self):
        return sum(p * p for p in self.parts) ** 0.5

    def __round__(self, ndigits=None):
        return Vector(*[round(p, ndigits) for p in self.parts])

    def __divmod__(self, other):
        return ('divmod', other)

    def __rdivmod__(self, other):
        return ('rdivmod', other)

    def __pow__(self, exponent, modulus=None):
        return ('pow', exponent, modulus)

    def __rpow__(self, base, modulus=None):
        return ('rpow', base, modulus)

class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value

v = Vector(3.14159, 2.71828)
print(abs(Vector(3, 4)), round(v), round(v, 2), round(v, None), divmod(v, 3), divmod(3, v), divmod(v, v))
print(v ** 2, 2 ** v, pow(v, 2), pow(v, 2, 5), pow(2, v), v ** v)
show(lambda: pow(2, v, 5))
print(bin(Index(5)), oct(Index(-9)), hex(Index(2 ** 64)), pow(Index(2), 2) if False else '', [0, 1, 2][Index(1)])
show(lambda: bin(Index('x')))

class OnlyRound:
    def __round__(self, *args):
        return args

print(round(OnlyRound()), round(OnlyRound(), 3), round(OnlyRound(), None), round(OnlyRound(), ndigits=-1))

class IntPow(int):
    def __pow__(self, other, mod=None):
        return ('IntPow.__pow__', other, mod)

    def __rpow__(self, other, mod=None):
        return ('IntPow.__rpow__', other, mod)

print(IntPow(2) ** 3, 3 ** IntPow(2), pow(IntPow(2), 3, 5), pow(3, IntPow(2), 5), pow(3, 2, IntPow(5)))
