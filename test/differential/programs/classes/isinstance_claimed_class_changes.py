# isinstance() where the answer depends on what an instance claims as its __class__,
# asked again after the class, a base or a metaclass changes what it claims.
class Base:
    pass

class Plain(Base):
    pass

class Impostor:
    pass

values = [Plain(), Impostor(), 'text', 3, 2.5, [1], {'k': 1}, None]

def survey(label):
    print(label, [isinstance(v, Base) for v in values], [isinstance(v, (dict, list)) for v in values])

survey('before')
Impostor.__getattribute__ = lambda self, name: Plain if name == '__class__' else object.__getattribute__(self, name)
survey('claims Plain')
del Impostor.__getattribute__
survey('claims nothing')

class Declared:
    __class__ = property(lambda self: Plain)

declared = Declared()
print(isinstance(declared, Base), isinstance(declared, Declared), isinstance(declared, (str, Base)))

class Middle:
    pass

class Leaf(Middle):
    pass

leaf = Leaf()
print(isinstance(leaf, Base), isinstance(leaf, str))
Middle.__getattribute__ = lambda self, name: Base if name == '__class__' else object.__getattribute__(self, name)
print(isinstance(leaf, Base), isinstance(leaf, str))
del Middle.__getattribute__
print(isinstance(leaf, Base), isinstance(leaf, str))

Leaf.__bases__ = (Base,)
print(isinstance(leaf, Base), isinstance(leaf, str), isinstance(leaf, Middle))

class Meta(type):
    def __instancecheck__(cls, instance):
        return instance == 'yes'

class Checked(metaclass=Meta):
    pass

print([isinstance(v, Checked) for v in ('yes', 'no', 1)], isinstance('yes', (int, Checked)))

for _ in range(3):
    for v in values:
        for cls in (int, str, float, list, dict, type(None), Base, Impostor):
            if isinstance(v, cls) != (type(v) is cls or (cls is Base and type(v) is Plain)):
                print('mismatch', v, cls)
print('loop done')
