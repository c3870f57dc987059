# Too many positional sub-patterns raises TypeError at match time.
class NoArgs:
    pass
class One:
    __match_args__ = ('a',)
    def __init__(self):
        self.a = 1
try:
    match NoArgs():
        case NoArgs(x):
            print('matched', x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    match One():
        case One(x, y):
            print('matched')
except TypeError as e:
    print(type(e).__name__, e)
match One():
    case One(a=1, b=2):
        print('no')
    case One(1):
        print('positional one matched')
