# classmethod and staticmethod: the attributes they copy from the wrapped callable,
# __func__/__wrapped__, binding through __get__ (3.11 lets classmethod wrap a property),
# staticmethod being callable, subclasses, and errors.

def t(f):
    try:
        r = f()
        print('ok', repr(r).split(' at 0x')[0])
    except Exception as e:
        print(type(e).__name__, e)
def f(x): "fdoc"; return x
cm = classmethod(f)
sm = staticmethod(f)
t(lambda: repr(cm)[:30])
t(lambda: repr(sm)[:30])
t(lambda: (cm.__func__ is f, cm.__wrapped__ is f, sm.__func__ is f))
t(lambda: cm.__dict__)
t(lambda: sm.__dict__)
t(lambda: (cm.__name__, cm.__qualname__, cm.__doc__, cm.__module__))
t(lambda: sm(5))
t(lambda: cm(5))
t(lambda: cm.__get__(1))
t(lambda: cm.__get__(None, int))
t(lambda: cm.__get__(None, None))
t(lambda: sm.__get__(1))
t(lambda: sm.__get__(None, None))
t(lambda: classmethod())
t(lambda: classmethod(1, 2))
t(lambda: classmethod(f=1))
t(lambda: staticmethod())
t(lambda: classmethod(1).__func__)
t(lambda: cm.__isabstractmethod__)
t(lambda: classmethod.__isabstractmethod__)
t(lambda: setattr(cm, '__func__', 1))
cm.extra = 1
t(lambda: cm.__dict__['extra'])
class A:
    @classmethod
    @property
    def cp(cls): return 'cp of ' + cls.__name__
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls, y): return cls.__name__, y
class B(A): pass
t(lambda: A.cp)
t(lambda: B.cp)
t(lambda: B().cp)
t(lambda: A.s())
t(lambda: A().s())
t(lambda: B.c(1))
t(lambda: B().c(2))
t(lambda: A.__dict__['s'])
t(lambda: type(A.__dict__['c']))
t(lambda: repr(A.c)[:38])
class CM(classmethod):
    pass
class C:
    @CM
    def k(cls): return cls
t(lambda: C.k())
t(lambda: classmethod.__doc__[:20])
t(lambda: staticmethod(len).__name__)
t(lambda: sorted(staticmethod(len).__dict__))

class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls

    @staticmethod
    def normalize(text):
        return text.strip().lower()


class Child(Registry):
    items = []


print(Child.register('x') is Child, Child.items, Registry.items)
print(Registry.normalize('  MiXeD '), Child().normalize(' A '))
print(type(Registry.__dict__['register']).__name__, type(Registry.__dict__['normalize']).__name__)
print(Registry.__dict__['normalize'].__func__('  Direct '))
print(Registry.__dict__['normalize']('  Called '))
t(lambda: Registry.__dict__['register'].__func__(Registry, 'y'))
