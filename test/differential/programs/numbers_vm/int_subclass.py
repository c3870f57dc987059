# Subclasses of int: values, arithmetic results, overridden special methods, construction.
class Plain(int):
    pass

class Money(int):
    def __new__(cls, amount, currency='EUR'):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self

    def __repr__(self):
        return f'Money({int(self)}, {self.currency!r})'

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

    __radd__ = __add__

class Loud(int):
    def __str__(self):
        return 'LOUD' + int.__repr__(self)

    def __eq__(self, other):
        return 'eq called'

    __hash__ = int.__hash__

class Reflector(int):
    def __rsub__(self, other):
        return ('rsub', other, int(self))

    def __lt__(self, other):
        return 'lt'

    def __gt__(self, other):
        return 'gt'

p = Plain(12)
print(p, repr(p), type(p).__name__, p + 1, type(p + 1).__name__, type(-p).__name__, type(+p).__name__, type(abs(p)).__name__)
print(p * 2.5, p / 5, p // 5, p % 5, divmod(p, 5), p ** 2, pow(p, 2, 7), p << 1, p >> 1, p & 4, p | 1, p ^ 15, ~p)
print(p == 12, p < 13, p > 11.5, 12 == p, hash(p) == hash(12), {p: 'x'}[12], isinstance(p, int), int(p), type(int(p)).__name__)
print(Plain(), Plain('ff', 16), Plain(b'7'), Plain(3.9), Plain(True), type(Plain(True)).__name__, p.real, type(p.real).__name__)
print(type(p.numerator).__name__, type(p.conjugate()).__name__, type(p.__index__()).__name__, p.bit_length(), p.to_bytes(2, 'big'))
print(Plain.from_bytes(b'\x10', 'big'), type(Plain.from_bytes(b'\x10', 'big')).__name__, round(p, -1), type(round(p)).__name__)
print(f'{p}', f'{p:x}', format(p, ''), format(p, '>5'), str(p), hex(p), bin(p), oct(p), [10, 20, 30, 40][Plain(2)], 'ab' * Plain(2))

m = Money(5)
print(m, m + 3, 3 + m, m + m, m - 1, type(m - 1).__name__, m.currency, Money(7, 'USD') + 1, sum([Money(1), Money(2)]) if False else '')
p.extra = 'attributes live in __dict__'
print(p.extra, p.__dict__)

loud = Loud(7)
print(loud, str(loud), repr(loud), f'{loud}', format(loud, ''), format(loud, 'd'), loud == 7, 7 == loud, loud != 7)

r = Reflector(3)
print(10 - r, r - 10, 1 < r, r < 1, 5 > r, 2.5 < r)

class Counter(int):
    def __init__(self, value):
        self.doubled = value * 2

c = Counter(21)
print(c, c.doubled, c + 0)

try:
    int.__new__(str, 5)
except TypeError as error:
    print('TypeError:', error)
try:
    int.__new__(bool, 5)
except TypeError as error:
    print('TypeError:', error)
try:
    int.__new__(5)
except TypeError as error:
    print('TypeError:', error)
print(int.__new__(Plain, '42'), type(int.__new__(Plain, 42)).__name__, int.__new__(int, 3))
for value, spec in [(p, 'q'), (p, '.2'), (True, 'q'), (p, '%%')]:
    try:
        format(value, spec)
    except ValueError as error:
        print('ValueError:', error)
