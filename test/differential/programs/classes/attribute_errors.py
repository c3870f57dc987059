# AttributeError messages for missing instance, class, and module attributes and None.
class C:
    pass
for f in (lambda: C().missing, lambda: C.missing, lambda: None.x, lambda: (5).foo, lambda: 'a'.nope, lambda: [].push):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
import math
try:
    math.tau2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
