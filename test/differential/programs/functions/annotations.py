# Annotations are stored in __annotations__ without affecting behaviour.
def f(x: int, y: 'str' = 'a', *args: float, z: bool = True, **kw: dict) -> list:
    return [x, y, args, z, kw]
print(f('not int', 5))
print(f.__annotations__)
class A:
    n: int
    m: str = 'default'
print(A.__annotations__, A.m, hasattr(A, 'n'))
x: int = 5
y: list
print(x, 'y' in dir())
