# Bound methods of builtins and user objects as first-class callables.
append = [].append
lst = []
add = lst.append
for x in 'abc':
    add(x)
print(lst, add.__self__ is lst, add.__name__)
up = 'hello'.upper
print(up(), str.upper('x'), list(map(str.strip, [' a ', 'b  '])))
class C:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = C()
m = c.inc
print(m(), m(), c.n, C.inc(c), m == c.inc, m is c.inc)
