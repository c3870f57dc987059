# A counter kept on a class (Item.count += 1) read through the class, its subclasses (one
# with its own), after deletion, and on a class whose metaclass gives it its own MRO.
class Item:
    count = 0
    def __init__(self): Item.count += 1
class Sub(Item): pass
class Sub2(Sub):
    count = 100
def run(n):
    for i in range(n):
        Item(); Sub()
        Sub2.count += 1
    return Item.count, Sub.count, Sub2.count
print(run(3000))
Item.count = 'x'; print(Sub.count, Sub2.count, Item.count)
del Sub2.count; print(Sub2.count)
Sub.count = 5; print(Item.count, Sub.count, Sub2.count)
class Meta(type):
    def mro(cls): return [cls] + [b for b in super().mro() if b is not cls]
class M(metaclass=Meta):
    v = 1
M.v = 2; print(M.v, M().v)
class Base:
    v = 'base'
class Front(type):
    def mro(cls): return [Base, cls, object] if cls.__name__ == 'N' else super().mro()
class N(metaclass=Front):
    v = 'own'
N.v = 'changed'; print(N.v, N.__dict__['v'], N.__mro__[0].__name__)
N.v = 'again'; print(N.v)
