# A class namespace's keys that are not exact strs: a str subclass's key is an attribute
# like any name, and other keys stay in the class's __dict__, where a lookup whose name
# hashes alike compares them, side effects and all (test_descr's
# test_type_lookup_mro_reference).


class Name(str):
    pass


Plain = type('Plain', (), {Name('a'): 1, 5: 6})
print(Plain.a, Plain.__dict__[5], 5 in vars(Plain), sorted(k for k in vars(Plain) if isinstance(k, int)))
setattr(Plain, Name('c'), 4)
print(Plain.c, [type(k).__name__ for k in Plain.__dict__ if k == 'c'])
try:
    setattr(Plain, 7, 8)
except TypeError as exc:
    print('TypeError', exc)


class CollidingKey:
    def __hash__(self):
        return hash('mykey')

    def __eq__(self, other):
        print('compared with', other)
        Collides.__bases__ = (Second,)
        return False


class First:
    mykey = 'from First'
    mykey2 = 'from First'


class Second:
    mykey = 'from Second'
    mykey2 = 'from Second'


Collides = type('Collides', (First,), {CollidingKey(): 5})
# The walk goes on along the MRO it started with; the next name's along the new one.
print(Collides.mykey)
print(Collides.mykey2)
print([c.__name__ for c in Collides.__mro__])


class RaisingKey:
    def __hash__(self):
        return hash('other')

    def __eq__(self, other):
        raise RuntimeError('compared')


Raising = type('Raising', (First,), {RaisingKey(): 1})
print(getattr(Raising, 'other', 'not found'))
