# Comprehensions of every kind, nested, filtered, and over awaited values.
squares = [x * x for x in range(10)]
evens = {x for x in squares if x % 2 == 0 if x}
index = {name: i for i, name in enumerate('abc')}
lazy = (x + y for x in range(3) for y in range(x))
matrix = [[row * col for col in range(4)] for row in range(3)]
flat = [item for row in matrix for item in row if item > 2]

def uses_outer(scale, rows):
    return [[cell * scale for cell in row] for row in rows]

def closes_over_loop_variable():
    return [lambda: i for i in range(3)]

async def awaits(source, factor):
    firsts = [item async for item in source]
    doubled = {await factor(item) for item in firsts}
    mapping = {k: v async for k, v in source if k}
    return firsts, doubled, mapping, (await x async for x in source)

class Scoped:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
