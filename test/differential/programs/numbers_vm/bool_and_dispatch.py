# bool as an int, and how the numeric types hand operators over to other operands' reflected methods.
def show(compute):
    try:
        print(repr(compute()))
    except Exception as error:
        print(type(error).__name__ + ':', error)

print(bool(), bool(0), bool(-1), bool(0.0), bool(-0.0), bool(float('nan')), bool(0j), bool(1e-300j), bool(2 ** 100), bool(''), bool([0]))
print(True == 1, True is True, True + 0.5, True * 1j, True ** 10, True << 3, True >> 1, 10 - True, 10 / True, divmod(True, True))
print(True & True, True | False, True ^ True, False & 5, 5 | True, True ^ 2, type(False | False).__name__, type(True ^ 1).__name__)
print(repr(True), str(False), f'{True}', f'{True:d}', f'{False:5}', f'{True:>5}', format(True, 'b'), '%d %s %r' % (True, True, False))
print(hash(True), hash(False), True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate(), True.as_integer_ratio())
print(int(True), float(True), complex(True), -True, +False, ~False, abs(True), round(True), True.__index__(), True.to_bytes(1, 'big'))
print(bool.__doc__.splitlines()[0], bool(1) is True, bool.__new__(bool, 0), bool.__new__(bool))
show(lambda: bool(1, 2))
show(lambda: bool(x=1))
show(lambda: bool.__new__(int))
show(lambda: bool.__and__(1, True))

class Truthy:
    def __bool__(self):
        return True

class Sized:
    def __len__(self):
        return 0

class BadBool:
    def __bool__(self):
        return 1

print(bool(Truthy()), bool(Sized()), not Truthy(), 1 if Sized() else 2)
show(lambda: bool(BadBool()))

class Right:
    def __radd__(self, other):
        return ('radd', other)

    def __rsub__(self, other):
        return ('rsub', other)

    def __rlshift__(self, other):
        return ('rlshift', other)

    def __rtruediv__(self, other):
        return ('rtruediv', other)

    def __rpow__(self, other):
        return ('rpow', other)

    def __rand__(self, other):
        return ('rand', other)

    def __eq__(self, other):
        return 'Right.__eq__'

    def __gt__(self, other):
        return 'Right.__gt__'

r = Right()
print(1 + r, 2 ** 70 - r, True << r, 1.5 / r, 2 ** r, 1j ** r, False & r, 1 == r, 1.5 < r, 2 ** 80 == r, 1j == r)

class Sub(int):
    def __radd__(self, other):
        return 'Sub.__radd__ first'

    def __rmul__(self, other):
        return NotImplemented

class FloatSub(float):
    def __rtruediv__(self, other):
        return 'FloatSub.__rtruediv__ first'

    def __lt__(self, other):
        return 'FloatSub.__lt__'

    def __gt__(self, other):
        return 'FloatSub.__gt__'

print(1 + Sub(2), Sub(2) + 1, True + Sub(3), 3 * Sub(2), 1.5 * Sub(2), 1 / FloatSub(2), 1.0 / FloatSub(4), 1 < FloatSub(2), FloatSub(2) < 1)
show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: 1.5 - 'a')
show(lambda: 1j * [])
show(lambda: [] * 1.5)
show(lambda: None + 1)
show(lambda: 1 < None)
x = 3
x += Sub(1)
print(x)
