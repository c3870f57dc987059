# super(): the zero-argument form in methods, classmethods, properties and __new__,
# the two-argument and unbound forms, and the errors each refuses with.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class Base:
    def greet(self):
        return 'Base.greet'

    @classmethod
    def make(cls):
        return 'Base.make for ' + cls.__name__

    @property
    def kind(self):
        return 'base-kind'

    def __init__(self):
        self.trail = ['Base']


class Middle(Base):
    def greet(self):
        return 'Middle>' + super().greet()

    def __init__(self):
        super().__init__()
        self.trail.append('Middle')


class Leaf(Middle):
    def greet(self):
        return 'Leaf>' + super().greet()

    @classmethod
    def make(cls):
        return 'Leaf.make>' + super().make()

    @property
    def kind(self):
        return 'leaf+' + super().kind

    def __init__(self):
        super().__init__()
        self.trail.append('Leaf')


leaf = Leaf()
print(leaf.greet())
print(Leaf.make())
print(leaf.make())
print(leaf.kind)
print(leaf.trail)

# Two-argument and unbound forms
print(super(Middle, leaf).greet())
print(super(Leaf, Leaf).make())
print(repr(super(Leaf, leaf)))
print(repr(super(Leaf)))
print(repr(super(Base, Leaf)))
s = super(Middle, leaf)
print(s.__thisclass__.__name__, s.__self__ is leaf, s.__self_class__.__name__)
u = super(Middle)
print(u.__self__, u.__self_class__)
print(u.__get__(leaf).greet())
print(type(super(Leaf, leaf)).__name__)
print(super(Leaf, leaf).__class__.__name__)

# Diamond: super follows the instance's MRO, not the class's bases
class A:
    def who(self):
        return ['A']


class B(A):
    def who(self):
        return ['B'] + super().who()


class C(A):
    def who(self):
        return ['C'] + super().who()


class D(B, C):
    def who(self):
        return ['D'] + super().who()


print(D().who())
print([k.__name__ for k in D.__mro__])

# __new__ through super
class Doubling(int):
    def __new__(cls, value):
        return super().__new__(cls, value * 2)


print(Doubling(21), type(Doubling(1)).__name__)

# super() when the first argument is a cell (captured by a closure)
class Captured(Base):
    def greet(self):
        def inner():
            return self.trail
        return super().greet() + str(inner())


print(Captured().greet())

# Errors
attempt('no args', lambda: super())
attempt('not a type', lambda: super(1))
attempt('not an instance', lambda: super(Leaf, 1))
attempt('wrong instance', lambda: super(Leaf, Base()))
attempt('too many', lambda: super(Leaf, leaf, 3))
attempt('keywords', lambda: super(type=Leaf))
attempt('missing attr', lambda: super(Leaf, leaf).nothing)
attempt('unbound lookup', lambda: super(Leaf).greet)


def plain_function():
    return super()


def one_argument(x):
    return super()


attempt('plain function', plain_function)
attempt('no __class__ cell', lambda: one_argument(1))


class Deleter:
    def method(self):
        del self
        return super()

    def star(*args):
        return super()


attempt('deleted first arg', lambda: Deleter().method())
attempt('star args only', lambda: Deleter().star())


# super in a nested function has no arguments of its own
class Nested(Base):
    def greet(self):
        def inner():
            return super().greet()
        return inner()


attempt('nested function', lambda: Nested().greet())
