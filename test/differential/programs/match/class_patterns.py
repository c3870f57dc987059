# Class patterns with positional (__match_args__) and keyword sub-patterns.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'on y-axis at {y}'
        case Point(x=0) | Point(y=0):
            return 'on an axis'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), 'x'):
    print(where(p))
