# Accessing functions through classes and instances yields functions and bound methods.
class C:
    def m(self):
        return self
c = C()
print(type(C.m).__name__, type(c.m).__name__, c.m() is c, C.m(c) is c)
f = c.m
print(f.__func__ is C.m, f.__self__ is c)
C.extra = lambda self, x: x * 2
print(c.extra(4))
c.inst_fn = lambda x: x + 1
print(c.inst_fn(1), type(c.inst_fn).__name__)
