# Corners of the object model: __slots__, __getattr__/__getattribute__ overrides,
# __class__ assignment, default reprs, and the None/NotImplemented/Ellipsis types.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


s = Slotted()
print(s.x, hasattr(s, '__dict__'), Slotted.__slots__)
attempt('unset slot', lambda: s.y)
attempt('not a slot', lambda: setattr(s, 'z', 3))
attempt('delete unset', lambda: delattr(s, 'y'))
s.y = 2
del s.y
attempt('deleted slot', lambda: s.y)


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__)


class SlotChild(Slotted):
    pass


child = SlotChild()
child.z = 3
print(child.x, child.z, child.__dict__)


class Mangled:
    __slots__ = ('__private',)

    def set(self, value):
        self.__private = value
        return self.__private


print(Mangled().set(5), [n for n in dir(Mangled) if 'private' in n])
attempt('slot conflicts', lambda: type('Conflict', (), {'__slots__': ('a',), 'a': 1}))
attempt('slot not identifier', lambda: type('BadSlot', (), {'__slots__': ('1a',)}))
attempt('slot not str', lambda: type('BadSlot', (), {'__slots__': (1,)}))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])

    def __getattribute__(self, name):
        if name in ('target', 'log', '__class__', '__dict__'):
            return object.__getattribute__(self, name)
        self.log.append(name)
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)


class Target:
    value = 10


proxy = Proxy(Target())
print(proxy.value)
proxy.value = 20
print(proxy.value, proxy.target.value, proxy.log)
attempt('proxy missing', lambda: proxy.missing)


class Fallback:
    real = 'real'

    def __getattribute__(self, name):
        if name == 'broken':
            raise AttributeError('broken on purpose')
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return 'fallback for ' + name


f = Fallback()
print(f.real, f.broken, f.anything)

# __class__ assignment
class Cat:
    def speak(self):
        return 'meow'


class Dog:
    def speak(self):
        return 'woof'


pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
attempt('class to int', lambda: setattr(pet, '__class__', int))
attempt('class to non-class', lambda: setattr(pet, '__class__', 1))
attempt('int class', lambda: setattr(1, '__class__', bool))
attempt('layout differs', lambda: setattr(pet, '__class__', Slotted))

# Default reprs and str
class Plain:
    pass


print(repr(Plain()).startswith('<__main__.Plain object at 0x'), str(Plain()) == repr(Plain()).replace(repr(Plain())[-14:], str(Plain())[-14:]))
print(repr(object()).startswith('<object object at 0x'))


class Outer:
    class Inner:
        pass


print(repr(Outer.Inner().__class__), repr(Outer.Inner()).startswith('<__main__.Outer.Inner object at 0x'))
Plain.__module__ = 'elsewhere'
print(repr(Plain), repr(Plain()).split(' at ')[0])

# None, NotImplemented, Ellipsis
NoneType = type(None)
print(NoneType, NoneType(), repr(None), str(None), bool(None))
print(type(NotImplemented), type(NotImplemented)(), repr(NotImplemented))
print(type(...), type(...)(), repr(...), Ellipsis is ..., str(Ellipsis))
print(None.__repr__(), NotImplemented.__repr__(), Ellipsis.__repr__(), None.__bool__())
print(NotImplemented.__reduce__(), Ellipsis.__reduce__())
attempt('NoneType args', lambda: NoneType(1))
attempt('NotImplementedType args', lambda: type(NotImplemented)(1))
attempt('ellipsis args', lambda: type(...)(x=1))
attempt('subclass NoneType', lambda: type('N', (NoneType,), {}))
attempt('None attribute', lambda: None.missing)
attempt('None setattr', lambda: setattr(None, 'x', 1))
print(hash(None) == hash(None), None == None, None != 0)
