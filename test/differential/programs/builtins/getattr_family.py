# getattr/setattr/hasattr/delattr with defaults and errors.
class C:
    a = 1
c = C()
setattr(c, 'b', 2)
print(getattr(c, 'a'), getattr(c, 'b'), getattr(c, 'z', 'default'), hasattr(c, 'b'), hasattr(c, 'z'))
delattr(c, 'b')
print(hasattr(c, 'b'))
try:
    getattr(c, 'z')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
setattr(C, 'cls_new', 'x')
print(c.cls_new, getattr(1, 'real'), getattr('s', 'upper')())
