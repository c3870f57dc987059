# __new__ controls instance creation; __init__ skipped if __new__ returns another type.
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Weird())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), type(Upper('x')).__name__, Upper('q') == 'Q')
