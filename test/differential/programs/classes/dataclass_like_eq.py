# Equality between instances of different classes falls back through NotImplemented.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.x == o.x
class Q(P):
    pass
print(P(1) == P(1), P(1) == Q(1), P(1) == 1, 1 == P(1), P(1) != P(2), P(1) != 'x')
print([P(1)].count(P(1)), P(1) in [P(2), P(1)])
