# repr(), str() and ascii() give back the str subclass instance a __repr__ or __str__
# returned (ascii() only when it is all ASCII); str's own __mul__ insists on an index
# when called directly, while `*` leaves other operands to their reflected methods.
class Tagged(str):
    pass


class Shows:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


class Prints(Shows):
    def __str__(self):
        return self.text


for make in (Shows, Prints):
    for text in (Tagged('<plain>'), Tagged('<caf\xe9>'), '<exact>'):
        shown = make(text)
        print(make.__name__, type(repr(shown)).__name__, type(str(shown)).__name__,
              type(ascii(shown)).__name__, ascii(shown), type(Tagged(shown)).__name__,
              type(format(shown, '')).__name__)
print(type(str(Tagged('x'))).__name__, type(repr(Tagged('x'))).__name__)

for args in ((), ('',), (2.0,), (True,), (-3,), (2**70,), (1, 2)):
    for name in ('__mul__', '__rmul__'):
        try:
            print(name, args, repr(getattr('ab', name)(*args)))
        except (TypeError, OverflowError) as error:
            print(name, args, type(error).__name__, repr(str(error)))
for left, right in (('ab', 3), (3, 'ab'), ('ab', 2.0), (2.0, 'ab'), ('ab', 'cd'), ('ab', True)):
    try:
        print(repr(left * right))
    except TypeError as error:
        print(error)


class Scales:
    def __mul__(self, other):
        return 'Scales.__mul__'

    def __rmul__(self, other):
        return 'Scales.__rmul__'


print('ab' * Scales(), Scales() * 'ab')
text = 'ha'
text *= 3
print(text)
try:
    text *= 1.5
except TypeError as error:
    print(error)
