# abc through the _abc accelerator: abstract methods and instantiation, virtual
# subclasses, __subclasshook__, the caches and the cache token, and the match-statement
# flags that collections.abc.Sequence and Mapping hand to registered classes.
import abc
import collections.abc as cabc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def sides(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with {self.sides} sides, area {self.area()}'


for cls in (Shape,):
    try:
        cls()
    except TypeError as error:
        print(error)
print(sorted(Shape.__abstractmethods__))


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


try:
    Square(2)
except TypeError as error:
    print(error)


class RealSquare(Square):
    sides = 4


print(RealSquare(3).describe(), RealSquare.__abstractmethods__)

# Virtual subclasses and the invalidation counter.
class Container(abc.ABC):
    pass


token = abc.get_cache_token()
print(Container.register(tuple) is tuple, abc.get_cache_token() - token)
print(isinstance((1,), Container), issubclass(tuple, Container), isinstance([], Container))
print(Container.register(Container) is Container)


class Sub(Container):
    pass


for bad in (1, Container):
    try:
        Sub.register(bad)
    except (TypeError, RuntimeError) as error:
        print(type(error).__name__, error)
try:
    issubclass(3, Container)
except TypeError as error:
    print(error)


# __subclasshook__: structural checks, and its contract.
class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Quacks:
            return any('quack' in vars(base) for base in other.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        return 'quack'


class Robot(Duck):
    pass


print(isinstance(Duck(), Quacks), issubclass(Robot, Quacks), issubclass(int, Quacks))


class Broken(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 'yes'


try:
    issubclass(int, Broken)
except AssertionError as error:
    print(error)

# __instancecheck__ and __subclasscheck__ are what isinstance and issubclass call.
calls = []


class Logged(abc.ABCMeta):
    def __subclasscheck__(cls, sub):
        calls.append(sub.__name__)
        return super().__subclasscheck__(sub)


class Watched(metaclass=Logged):
    pass


Watched.register(int)
print(isinstance(3, Watched), isinstance('s', Watched), calls)

# collections.abc through the registry.
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.Sequence), isinstance({}, cabc.Mapping),
      issubclass(dict, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), isinstance(3, cabc.Hashable),
      isinstance([], cabc.Hashable), isinstance(range(2), cabc.Reversible), issubclass(str, cabc.Collection))


class Deck(cabc.MutableSequence):
    def __init__(self, cards):
        self.cards = list(cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __setitem__(self, index, value):
        self.cards[index] = value

    def __delitem__(self, index):
        del self.cards[index]

    def __len__(self):
        return len(self.cards)

    def insert(self, index, value):
        self.cards.insert(index, value)


deck = Deck('abc')
deck.append('d')
deck.extend('ef')
deck += ['g']
print(deck.cards, deck.index('c'), 'e' in deck, list(reversed(deck)), deck.pop(), deck.count('a'))


# Match flags: a registered class becomes a sequence or mapping for `match`.
class Pair:
    def __init__(self, a, b):
        self.items = (a, b)

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return self.items[index]


class Table:
    def __init__(self, **entries):
        self.entries = entries

    def get(self, key, default=None):
        return self.entries.get(key, default)

    def keys(self):
        return self.entries.keys()

    def __len__(self):
        return len(self.entries)

    def __getitem__(self, key):
        return self.entries[key]


def classify(subject):
    match subject:
        case {'kind': kind}:
            return f'mapping of kind {kind}'
        case [first, second]:
            return f'pair {first}, {second}'
        case _:
            return 'neither'


print(classify(Pair(1, 2)), classify(Table(kind='x')))
cabc.Sequence.register(Pair)
cabc.Mapping.register(Table)


class PairChild(Pair):
    pass


print(classify(Pair(1, 2)), classify(PairChild(3, 4)), classify(Table(kind='x')), classify('ab'), classify(b'ab'))
print(classify([5, 6]), classify((7, 8)), classify({'kind': 'dict'}), classify(range(2)))

try:
    class Both(metaclass=abc.ABCMeta):
        __abc_tpflags__ = 1 << 5 | 1 << 6
except TypeError as error:
    print(error)


class FlagSeq(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 5


class Three(FlagSeq):
    def __len__(self):
        return 3

    def __getitem__(self, index):
        if index >= 3:
            raise IndexError(index)
        return index * 10


print('__abc_tpflags__' in FlagSeq.__dict__, classify(Three()))
match Three():
    case [a, *rest]:
        print(a, rest)

# The C helpers directly.
import _abc
registry, cache, negative, version = _abc._get_dump(Container)
print(sorted(ref().__name__ for ref in registry), sorted(ref().__name__ for ref in cache), type(version).__name__)
_abc._reset_caches(Container)
print([len(part) for part in _abc._get_dump(Container)[:3]])
_abc._reset_registry(Container)
print(isinstance((1,), Container))
Container._abc_impl = None
try:
    isinstance(1, Container)
except TypeError as error:
    print(error)
