# type(name, bases, ns): the name and doc are checked as UTF-8 text, the namespace is
# read in the order a dict subclass iterates, __base__ is the layout base, and a class
# body's own __dict__ or __weakref__ is kept.
import collections

od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(list(type('C', (), od).__dict__)[:2])


class Plain:
    pass


print(type('C', (Plain, int), {}).__base__, Plain.__base__, bool.__base__, object.__base__)
for name in ['A\x00B', 'A\udcdcB']:
    try:
        type(name, (), {})
    except (ValueError, UnicodeEncodeError) as error:
        print(type(error).__name__, error)
    try:
        Plain.__name__ = name
    except (ValueError, UnicodeEncodeError) as error:
        print(type(error).__name__, error)
print(Plain.__name__)
try:
    type('A', (), {'__doc__': 'x\udcdcy'})
except UnicodeEncodeError as error:
    print('UnicodeEncodeError', error)
print(type('A', (), {'__doc__': b'x'}).__doc__)


class OwnDict:
    __dict__ = property(lambda self: {'computed': True})


print(vars(OwnDict()), OwnDict().__dict__)


class Slotted:
    __slots__ = ['__class__', '__dict__']

    def __init__(self):
        self.bar = 1


print(dir(Slotted()))


class Both:
    def __set_name__(self, owner, name):
        raise TypeError(f'no {name}')


try:
    class Owner:
        attribute = Both()
except RuntimeError as error:
    print(error, '|', repr(error.__cause__), repr(error.__context__))
print(tuple.__itemsize__, int.__itemsize__, bool.__itemsize__, bytes.__itemsize__, list.__itemsize__, object.__itemsize__)


class Locals(dict):
    def keys(self):
        return ['z', 'y']


print(eval('dir()', {}, Locals()))
