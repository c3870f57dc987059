# classmethod receives the class (even via subclass); staticmethod receives nothing.
class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.registry.append(type(obj).__name__)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
c = Child.create(5)
print(type(c).__name__, c.v, Base.registry, Child.helper(4), c.helper(5), Base.create().v)
print(type(Base.__dict__['create']).__name__, type(Base.__dict__['helper']).__name__)
print(Base.create.__self__ is Base, Child.create.__self__ is Child)
