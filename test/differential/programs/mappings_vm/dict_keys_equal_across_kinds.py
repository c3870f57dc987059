# Keys that are equal across types must find each other, whichever was stored first.


class Fraction:
    """A rational number equal (and hashing equal) to the int or float of the same value."""

    def __init__(self, numerator, denominator):
        self.numerator = numerator
        self.denominator = denominator

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self.numerator * other.denominator == other.numerator * self.denominator
        if isinstance(other, (int, float)):
            return self.numerator == other * self.denominator
        return NotImplemented

    def __hash__(self):
        if self.numerator % self.denominator == 0:
            return hash(self.numerator // self.denominator)
        return hash(self.numerator / self.denominator)

    def __sub__(self, other):
        return Fraction(self.numerator - other * self.denominator, self.denominator)

    def __repr__(self):
        return f'Fraction({self.numerator}, {self.denominator})'


class Name(str):
    pass


class Count(int):
    pass


class Loud:
    """Equal to an int or str key it wraps, with the same hash."""

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        print('  __eq__', self.value, 'vs', repr(other))
        if isinstance(other, Loud):
            return self.value == other.value
        return self.value == other

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f'Loud({self.value!r})'


d = {1: 'int one', 'a': 'str a', None: 'none', 2.5: 'float'}
print(d[1.0], d[True], d[Count(1)], d[Name('a')], d[Fraction(5, 2)], d[Fraction(2, 1) - 1])
print(Loud(1) in d, Loud('a') in d, Loud('zz') in d, Loud(2.5) in d)
print(d.get(Loud(1)), d.get(Loud(7), 'missing'))

# The other way round: the hashed key is stored, and a plain key finds it.
e = {Loud(3): 'loud three', Name('b'): 'name b', Count(4): 'count four', Fraction(1, 2): 'half'}
print(e[3], e['b'], e[4], e[0.5])
print(3 in e, 'c' in e, 5 in e)
e[3] = 'replaced'
e['b'] = 'replaced b'
print(e)
del e[4]
print(list(e))

# Keys keep their first form; values are replaced.
f = {}
f[1] = 'a'
f[1.0] = 'b'
f[True] = 'c'
f[Count(1)] = 'd'
print(f, type(list(f)[0]).__name__)
g = {Count(1): 'x'}
g[1] = 'y'
print(g, type(list(g)[0]).__name__)

# Sets do the same.
s = {1, 'a', 2.0}
print(Loud(2) in s, Name('a') in s, Fraction(4, 2) in s, 2 in {Fraction(2, 1)})
s.discard(Loud('a'))
print(sorted(map(str, s)))

# A str-subclass key in globals-like dicts.
ns = {Name('x'): 10}
print(ns['x'], eval('x', ns))

# Big ints and floats that are integral.
big = 2 ** 70
h = {big: 'big', float(2 ** 53): 'float 2**53', -0.0: 'zero'}
print(h[float(big)], h[2 ** 53], h[0], h[False])
nan = float('nan')
n = {nan: 1}
print(nan in n, float('nan') in n)
