# Instance attributes shadow class attributes; mutable class attributes are shared.
class C:
    shared = []
    value = 1
x, y = C(), C()
x.shared.append('from x')
x.value = 99
print(y.shared, y.value, x.value, C.value)
del x.value
print(x.value)
C.value = 5
print(x.value, y.value)
try:
    del y.value
except AttributeError as e:
    print(type(e).__name__, e)
