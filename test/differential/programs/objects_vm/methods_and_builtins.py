# Bound methods, built-in functions and the descriptors of built-in types: their
# attributes, reprs (addresses cut off), equality, hashing and direct calls.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


def short(value):
    return repr(value).split(' at 0x')[0]


class Account:
    "An account."

    def deposit(self, amount):
        "Deposit money."
        return amount

    def __repr__(self):
        return 'Account()'


acct = Account()
m = acct.deposit
print(short(m), type(m).__name__)
print(m.__func__ is Account.deposit, m.__self__ is acct)
print(m.__name__, m.__qualname__, m.__doc__, m.__module__)
print(m == acct.deposit, m is acct.deposit, m != acct.deposit)
print(m == Account().deposit, hash(m) == hash(acct.deposit))
print(m.__get__(1) is m, m.__get__(1).__self__, m(5), m.__call__(6))
attempt('method get none', lambda: m.__get__(None))
attempt('set attr', lambda: setattr(m, 'extra', 1))
attempt('missing attr', lambda: m.missing)
Account.deposit.note = 'noted'
print(acct.deposit.note)

MethodType = type(m)
rebound = MethodType(Account.deposit, 'a string')
print(rebound(7), rebound.__self__)
print(MethodType(len, [1, 2])())
attempt('method none', lambda: MethodType(len, None))
attempt('method uncallable', lambda: MethodType(1, 2))
attempt('method one arg', lambda: MethodType(len))


class Named:
    def __repr__(self):
        return '<Named>'

    def go(self):
        pass


print(repr(Named().go))

# Built-in functions and methods
print(repr(len), repr(print), type(len).__name__)
print(len.__name__, len.__qualname__, len.__module__)
items = [3, 1, 2]
append = items.append
print(short(append), type(append).__name__)
print(append.__name__, append.__qualname__, append.__self__ is items, append.__module__)
print(append == items.append, append == [].append, hash(append) == hash(items.append))
print(short(dict.fromkeys), dict.fromkeys.__qualname__, dict.fromkeys.__self__)
print(short((5).__add__), type((5).__add__).__name__, (5).__add__(1))
print(short(object().__init__))

# Descriptors of built-in types
print(repr(list.append), type(list.append).__name__, list.append.__qualname__, list.append.__objclass__)
print(repr(int.__add__), type(int.__add__).__name__, int.__add__.__qualname__)
print(repr(dict.__dict__['fromkeys']), type(dict.__dict__['fromkeys']).__name__)
print(repr(int.real), type(int.real).__name__, int.real.__qualname__)
print(repr(object.__dict__['__class__']), repr(type.__dict__['mro']))
print(repr(object.__init__), repr(type.__call__))
print(list.append(items, 4), items)
print(int.__add__(2, 3), int.real.__get__(9), dict.__dict__['fromkeys'](dict, 'ab'))
print(short(list.append.__get__(items)), list.append.__get__(None, list) is list.append)
attempt('wrong self', lambda: list.append(1, 2))
attempt('no self', lambda: list.append())
attempt('slot wrong self', lambda: int.__add__('a', 2))
attempt('slot no self', lambda: int.__add__())
attempt('classmethod wrong', lambda: dict.__dict__['fromkeys'](int, [1]))
attempt('classmethod no type', lambda: dict.__dict__['fromkeys'](1))
attempt('classmethod none', lambda: dict.__dict__['fromkeys']())
attempt('get wrong', lambda: list.append.__get__(1))
attempt('get none none', lambda: int.real.__get__(None, None))
attempt('getset wrong', lambda: int.real.__get__('x'))
attempt('getset set', lambda: int.real.__set__(5, 1))
attempt('builtin setattr', lambda: setattr(len, '__name__', 'x'))
attempt('builtin new attr', lambda: setattr(len, 'foo', 'x'))


class Slotted:
    __slots__ = ('a', 'b')


s = Slotted()
print(repr(Slotted.a), type(Slotted.a).__name__, Slotted.a.__name__, Slotted.a.__qualname__, Slotted.a.__objclass__.__name__)
Slotted.a.__set__(s, 10)
print(s.a, Slotted.a.__get__(s), Slotted.a.__get__(None, Slotted) is Slotted.a)
Slotted.a.__delete__(s)
attempt('deleted slot', lambda: s.a)
attempt('member wrong', lambda: Slotted.a.__get__(1))
print(callable(len), callable(list.append), callable(int.__add__), callable(m), callable(Slotted.a))
