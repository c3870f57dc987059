# vars() and dir() of user objects (filtered to non-dunder names).
class Base:
    base_attr = 1
    def base_m(self):
        pass
class Obj(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
    def m(self):
        pass
o = Obj()
print(vars(o), [n for n in dir(o) if not n.startswith('__')], [n for n in dir(Obj) if not n.startswith('__')])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
