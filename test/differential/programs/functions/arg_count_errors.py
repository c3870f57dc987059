# Wrong argument counts and unexpected/duplicate keywords produce CPython's messages.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
calls = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, a=2), lambda: f(1, 2, x=3), lambda: g(), lambda: g(1, 2, 3), lambda: h(1), lambda: f(), lambda: g(1)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    def m(self, x):
        pass
try:
    K().m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    K().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
