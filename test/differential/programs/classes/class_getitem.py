# __class_getitem__ makes a class subscriptable; builtin generic aliases print nicely.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__ is list, list[int].__args__)
try:
    Box2 = type('Box2', (), {})
    Box2[int]
except TypeError as e:
    print(type(e).__name__, e)
