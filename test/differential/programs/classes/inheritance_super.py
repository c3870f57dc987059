# Single inheritance with super() calls in __init__ and overridden methods.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f'{self.name} with area {self.area()}'
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = 'square'
    def describe(self):
        return 'SQ: ' + super().describe()
for s in (Shape('blob'), Rect(2, 3), Square(4)):
    print(s.describe())
print(Square.__mro__[1].__name__, issubclass(Square, Shape), isinstance(Square(1), Rect))
