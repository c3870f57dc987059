import os
class C(Base, metaclass=M):
    x: int = 3
    def f(self, a, *args, b=2, **kw):
        super().f()
        try:
            return a.b.c(1, *args, k=2, **kw)
        except (ValueError, TypeError) as e:
            raise RuntimeError("x") from e
        finally:
            print("done")
    @property
    def g(self):
        def inner():
            nonlocal self
            return self
        return inner
def gen(n):
    for i in range(n):
        if i % 2 and not i > 5 or i == 3:
            yield i
        elif i < 2:
            continue
        else:
            break
    else:
        pass
    while n:
        n -= 1
    yield from gen(n)
async def co(x):
    async with x as y, x as z:
        await y
    async for i in x:
        print(i)
    return [a async for a in x]
with open("f") as f, open("g"):
    data = f.read()
lst = [x * y for x in range(3) for y in range(4) if x if y]
d = {k: v for k, v in zip(a, b)}
s = {*a, *b}
t = (a, *b, c)
fs = f"{x!r:>{width}} {y}"
del lst[0], d
assert x, "msg"
global_var = lambda a, b=1: a + b
match command:
    case ["go", direction] if direction:
        pass
    case {"x": 1, **rest}:
        pass
    case Point(x=0, y=yy) | Point(x=yy, y=0):
        pass
    case [1, *others, 2]:
        pass
    case None:
        pass
    case _:
        pass
try:
    pass
except* ValueError as eg:
    pass
x = a if b else c
a, *b, c = it
a[1:2, ::3] += 1
