# The hooks class creation runs: __set_name__, __init_subclass__ with keyword
# arguments, __class_getitem__, and metaclasses with __prepare__, __new__, __init__
# and __call__.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset ' + self.name)


class Record:
    first = Field()
    second = Field()


r = Record()
print(r.first, Record.second.name)


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        Plugin.registry[key] = cls.__name__


class Alpha(Plugin, key='a'):
    pass


class Beta(Plugin, key='b'):
    pass


class Plain(Plugin):
    pass


print(Plugin.registry, Alpha.key, Plain.key)
attempt('unknown keyword', lambda: type('Gamma', (Plugin,), {}, key='g', extra=1))


def make_bad():
    class Bad(extra=1):
        pass


attempt('object init_subclass', make_bad)


class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'


print(Box[int], Box['text'], Box[1, 2])


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('prepare', name, kwargs)
        return {'prepared': True}

    def __new__(mcls, name, bases, namespace, **kwargs):
        print('new', name, sorted(k for k in namespace if not k.startswith('__')))
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name, bases, namespace, **kwargs):
        print('init', name, kwargs)
        super().__init__(name, bases, namespace)

    def __call__(cls, *args, **kwargs):
        print('call', cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class Thing(metaclass=Ordered, flavour='sweet'):
    x = 1

    def __init__(self, value=0):
        self.value = value


t = Thing(5)
print(t.value, Thing.prepared, type(Thing).__name__, isinstance(Thing, Ordered))


class SubThing(Thing):
    pass


print(type(SubThing).__name__, SubThing().value)


class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print('Config created')


print(Config() is Config())


class Meta1(type):
    pass


class Meta2(type):
    pass


class WithMeta1(metaclass=Meta1):
    pass


class WithMeta2(metaclass=Meta2):
    pass


attempt('metaclass conflict', lambda: type('Both', (WithMeta1, WithMeta2), {}))
print(type('Dynamic', (WithMeta1,), {'a': 1}).__class__.__name__)


class Tracker(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)

    def __subclasscheck__(cls, sub):
        return sub is bool


class IntLike(metaclass=Tracker):
    pass


print(isinstance(3, IntLike), isinstance('3', IntLike), issubclass(bool, IntLike), issubclass(int, IntLike))
print(isinstance(3, (str, (bytes, IntLike))), issubclass(bool, (str, IntLike)))
attempt('isinstance bad', lambda: isinstance(1, 1))
attempt('isinstance bad tuple', lambda: isinstance(1, (int, 1)))
attempt('isinstance tuple first', lambda: isinstance(1, (str, 1)))
attempt('issubclass bad', lambda: issubclass(1, int))
attempt('issubclass bad 2', lambda: issubclass(int, 1))
print(isinstance(True, (int,)), isinstance(1, ()), issubclass(bool, ()), issubclass(bool, (((int,),),)))


class Pretender:
    @property
    def __class__(self):
        return int


print(isinstance(Pretender(), int), type(Pretender()).__name__)


class Truthy(type):
    def __instancecheck__(cls, obj):
        return 1

    def __subclasscheck__(cls, sub):
        return 'yes'


class AnyThing(metaclass=Truthy):
    pass


print(isinstance(None, AnyThing), issubclass(int, AnyThing), isinstance(None, (int, AnyThing)))
