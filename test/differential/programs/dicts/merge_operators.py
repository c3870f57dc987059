# dict | and |= merge operators and ** unpacking in displays.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
c |= [('w', 0)]
print(c)
print({**a, **b, 'x': 'last'}, {'first': 0, **a})
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
