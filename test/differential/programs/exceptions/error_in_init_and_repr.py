# Exceptions raised in __init__ prevent binding; exceptions inside __repr__ propagate from print.
class Fails:
    def __init__(self, ok):
        if not ok:
            raise ValueError('init failed')
        self.ok = ok
try:
    obj = Fails(False)
except ValueError as e:
    print(type(e).__name__, e, 'obj' in globals())
class BadRepr:
    def __repr__(self):
        raise RuntimeError('repr exploded')
try:
    print([BadRepr()])
except RuntimeError as e:
    print(type(e).__name__, e)
