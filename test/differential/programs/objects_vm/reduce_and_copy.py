# object.__reduce_ex__, __reduce__ and __getstate__, and the copy module built on them:
# instances with a __dict__, with __slots__, with __getnewargs__, and overrides.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


p = Point(1, [2, 3])
shallow = copy.copy(p)
deep = copy.deepcopy(p)
print(shallow, deep, shallow.y is p.y, deep.y is p.y, shallow is p)
reduced = p.__reduce_ex__(4)
print(reduced[0].__name__, reduced[1], reduced[2], reduced[3], reduced[4])
print(p.__getstate__(), object().__getstate__())
legacy = p.__reduce__()
print(legacy[0].__name__, legacy[1], legacy[2])
print(p.__reduce_ex__(1)[1])


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


class MoreSlots(Slots):
    __slots__ = ('c',)


s = MoreSlots(10)
s.c = 30
print(s.__getstate__())
print(MoreSlots.__slotnames__ if '__slotnames__' in MoreSlots.__dict__ else 'not cached yet')
dup = copy.copy(s)
print(dup.a, dup.c, hasattr(dup, 'b'))


class WithArgs:
    def __new__(cls, value):
        instance = super().__new__(cls)
        instance.value = value
        return instance

    def __getnewargs__(self):
        return (self.value,)


w = copy.copy(WithArgs('payload'))
print(w.value, WithArgs('v').__reduce_ex__(2)[1][1:])


class Custom:
    def __init__(self):
        self.secret = 1
        self.cache = 'drop me'

    def __getstate__(self):
        return {'secret': self.secret}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


c = copy.deepcopy(Custom())
print(sorted(vars(c).items()))


class Overrides:
    def __reduce__(self):
        return (Overrides, ())


print(Overrides().__reduce_ex__(4)[0] is Overrides, type(copy.copy(Overrides())).__name__)


class Listish(list):
    pass


items = Listish([1, 2])
items.tag = 'tagged'
clone = copy.copy(items)
print(type(clone).__name__, clone, clone.tag)
