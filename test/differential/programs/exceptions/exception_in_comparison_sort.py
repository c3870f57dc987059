# Exceptions raised inside __lt__ during sorting propagate out of sort.
class Bomb:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise ArithmeticError('cannot compare 3')
        return self.v < o.v
items = [Bomb(5), Bomb(1), Bomb(3)]
try:
    items.sort()
except ArithmeticError as e:
    print(type(e).__name__, e)
print(sorted(b.v for b in items))
print([b.v for b in sorted([Bomb(2), Bomb(1)])])
