# vars() and __dict__ of instances and classes, and attribute introspection.
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(vars(c), c.__dict__ is vars(c))
c.__dict__['c'] = 3
print(c.c, sorted(k for k in vars(C) if not k.startswith('__')))
setattr(c, 'd', 4)
delattr(c, 'a')
print(vars(c), getattr(c, 'cls_attr'), hasattr(c, 'a'))
print(sorted(n for n in dir(c) if not n.startswith('_')))
