# Class body executes top to bottom; __dict__ keeps definition order.
class C:
    print('executing class body')
    b = 2
    a = 1
    def z(self): pass
    def y(self): pass
print([k for k in C.__dict__ if not k.startswith('__')])
print(C.__name__, C.__qualname__, C.__doc__, C.__bases__)
