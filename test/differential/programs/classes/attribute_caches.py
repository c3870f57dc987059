# Attribute loads and stores that inline caches and dict shapes serve, and the cases
# that must leave them: shadowing, deletion, odd keys, __slots__, properties, class
# attributes rebound through the class, and polymorphic sites.


class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


points = [Point(i, -i) if i % 2 else Point3(i, i, -i) for i in range(6)]
print([p.norm1() for p in points], Point.count, points[3].count)

odd = Point(1, 2)
odd.norm1 = lambda: "shadowed"
print(odd.norm1(), points[1].norm1())
del odd.x
try:
    odd.x
except AttributeError as error:
    print(error)
odd.x = 5
print(list(odd.__dict__), odd.x)

strange = Point(3, 4)
strange.__dict__[7] = "int key"
strange.y = 40
print(strange.norm1(), strange.__dict__)


class Name(str):
    pass


keyed = Point(1, 1)
keyed.__dict__[Name("extra")] = "by subclass key"
print(keyed.extra, keyed.norm1())

replaced = Point(2, 2)
replaced.__dict__ = {"x": 10, "y": 20}
print(replaced.norm1())
cleared = Point(2, 2)
cleared.__dict__.clear()
cleared.__dict__["y"] = 1
cleared.__dict__["x"] = 2
print(cleared.norm1(), list(cleared.__dict__))

Point.count = "now a str"
print(points[0].count, points[4].count, Point3.count)
Point.norm1 = lambda self: -1
print(points[1].norm1(), points[0].norm1())


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(1)
print(s.a)
for attempt in (lambda: s.b, lambda: setattr(s, "c", 1)):
    try:
        attempt()
    except AttributeError as error:
        print(error)
s.b = 2
print(s.a + s.b)
del s.b
try:
    s.b
except AttributeError as error:
    print(error)


class Slotted2(Slotted):
    pass


t = Slotted2(5)
t.extra = 6
print(t.a, t.extra, t.__dict__)


class Temperature:
    def __init__(self):
        self._celsius = 20

    @property
    def fahrenheit(self):
        return self._celsius * 9 // 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 // 9


temp = Temperature()
print(temp.fahrenheit)
temp.fahrenheit = 212
print(temp.fahrenheit, temp._celsius)
temp.__dict__["fahrenheit"] = "ignored: a property wins"
print(temp.fahrenheit)


class Fallback:
    @property
    def missing(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


print(Fallback().missing)


class Claims:
    @property
    def __class__(self):
        return Point


print(isinstance(Claims(), Point), isinstance(points[0], Point3), isinstance(points[1], Point3))
