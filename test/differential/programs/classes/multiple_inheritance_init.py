# Cooperative multiple inheritance with **kwargs passed along the MRO.
class Base:
    def __init__(self, **kw):
        print('Base rest', kw)
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name='ann', age=5, extra=True)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
