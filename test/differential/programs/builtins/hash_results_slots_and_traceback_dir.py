# __hash__ may return an int subclass's instance (taken as its int value); __slots__ may
# name slots with str subclass instances; dir() of a traceback lists its four attributes.
class Twelve(int):
    pass


class HashesToSelf(int):
    def __hash__(self):
        return self


class HashesToSubclass:
    def __hash__(self):
        return Twelve(12)


print(hash(HashesToSelf(42)) == hash(42), hash(HashesToSubclass()))


class Name(str):
    pass


class Slotted:
    __slots__ = (Name("first"), "second")


class OneSlot:
    __slots__ = Name("only")


item = Slotted()
item.first, item.second = 1, 2
single = OneSlot()
single.only = 3
print(item.first, item.second, single.only, type(OneSlot.__slots__).__name__)
try:
    item.third = 3
except AttributeError as exc:
    print(exc)

try:
    raise KeyError("missing")
except KeyError as exc:
    traceback = exc.__traceback__
print(dir(traceback))
print(type(traceback).__dir__(traceback))
try:
    type(traceback).__dir__(traceback, 1)
except TypeError as exc:
    print(exc)
