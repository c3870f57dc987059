# fractions.Fraction and decimal.Decimal exact arithmetic.
from fractions import Fraction
from decimal import Decimal, getcontext
print(Fraction(1, 3) + Fraction(1, 6), Fraction('3/4') * 2, Fraction(0.5), Fraction(10, -4), Fraction(1, 3) < 0.34)
print(Fraction(355, 113).limit_denominator(10), float(Fraction(1, 8)), repr(Fraction(2, 4)))
print(Decimal('0.1') + Decimal('0.2'), Decimal(1) / Decimal(7), Decimal('1.10') * 3, Decimal('2').sqrt())
getcontext().prec = 5
print(Decimal(1) / Decimal(3), Decimal('123.456').quantize(Decimal('0.01')), repr(Decimal('1e3')))
