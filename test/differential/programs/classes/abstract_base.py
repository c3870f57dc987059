# abc.ABC with abstractmethod prevents instantiation until implemented.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def twice(self):
        return 2 * self.area()
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r ** 2
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
print(Circle(2).twice(), isinstance(Circle(1), Shape))
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
