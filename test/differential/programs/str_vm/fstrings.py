# f-strings over values of every built-in type and of classes with __format__/__str__/__repr__.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        amount = f'{self.cents / 100:.2f}'
        return f'${amount:{spec}}' if spec else f'${amount}'

    def __str__(self):
        return 'str-money'

    def __repr__(self):
        return 'Money(...)'


class Plain:
    pass


m = Money(12345)
width, prec = 10, 3
name = 'pyvm'
print(f'{name} {name!r} {name!a} {name:>8} {name:_<8} {name:^9} {name:.2}')
print(f'{42} {42:5} {42:<5}| {-42:+} {42:x} {42:#o} {42:b} {1234567:,} {1234567:_} {42:08d} {True} {True:d}')
print(f'{3.14159:.2f} {2.5} {1e-7} {1e22} {float("inf")} {-0.0} {3.14159:{width}.{prec}f} {0.5:%} {1234.5:,.1f}')
print(f'{1+2j} {None} {[1, "a"]} {(1,)} {{1: "x"}} {b"by"} {m} {m:>12} {m!s} {m!r}')
print(f'{"nested {braces}"} {{literal}} {name + "!":*>10} {"x" if width > 5 else "y"} {width * 2 = }')
print(f'{width=} {name = !s} {prec=:5} {m=}')
print(f'{name[1]} {name[::-1]} {len(name)} {name.upper():>{width}} {f"{name}":^{width}}|')
p = Plain()
print(f'{p!s}'.startswith('<__main__.Plain object at 0x'), f'{type(p).__name__}')
try:
    print(f'{p:>10}')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(f'{name:d}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{42:s}')
except ValueError as e:
    print(type(e).__name__, e)
rows = [('apple', 3, 0.5), ('kiwi', 12, 0.25)]
for fruit, count, price in rows:
    print(f'{fruit:<8}|{count:>4}|{price:>7.2f}|{count * price:>8.3f}')
