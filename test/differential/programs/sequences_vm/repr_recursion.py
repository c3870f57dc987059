# Containers that hold themselves print as [...] / (...); deep nesting raises RecursionError.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
t = (a, 'x')
print(t)
d = [[]]
d[0].append(d)
print(d)
print([[], [[]], [(), ((),)], ((1,),)])
print((1,), ((1,),), ('a', None, True, 2.5))

class Weird:
    def __repr__(self):
        return 'W' + repr(holder)
holder = [Weird()]
print(holder)

class Changer:
    def __repr__(self):
        victim.clear()
        return 'changed'
victim = [Changer(), 1, 2, 3]
print(victim)

nested = []
for _ in range(100):
    nested = [nested]
print(str(nested)[:20], len(repr(nested)))

deep = []
for _ in range(20000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print('RecursionError', e)

deep_tuple = ()
for _ in range(20000):
    deep_tuple = (deep_tuple,)
try:
    repr(deep_tuple)
except RecursionError as e:
    print('RecursionError', e)

x = []
y = []
for _ in range(20000):
    x = [x]
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print('RecursionError', e)
