# del on names, attributes, items and slices; errors for missing targets.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
d = {'k': 1, 'j': 2}
del d['k']
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(d, lst)
x, y = 1, 2
del x, y
print('x' in dir(), 'y' in dir())
