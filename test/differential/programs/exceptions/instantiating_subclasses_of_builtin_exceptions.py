class E(Exception): pass
class F(E):
    def __init__(self, a, b=2): super().__init__(a); self.b = b
class G(ValueError):
    def __new__(cls, *a): o = super().__new__(cls, *a); o.tag = 'g'; return o
class K(KeyError): pass
class O(OSError): pass
for e in [E(1, 2), F(1), F(1, b=3), G(5), K('k'), O(2, 'No such file'), E(), E(x=1) if False else E('kw')]:
    print(type(e).__name__, e.args, repr(e), str(e), getattr(e, 'b', None), getattr(e, 'tag', None), getattr(e, 'errno', None))
try:
    E(x=1)
except TypeError as t: print('TypeError', t)
try: ValueError.__new__(E)
except TypeError as t: print(t)
print(Exception.__new__(E, 1, 2).args)
class H(Exception):
    def __init__(self): pass
h = H(); print(h.args, repr(h))
try:
    raise E('boom')
except E as caught:
    print(caught.args, caught.__traceback__ is not None)
