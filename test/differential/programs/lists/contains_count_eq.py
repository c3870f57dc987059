# Membership and count use == with identity shortcut, on user objects.
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, Eq) and self.v == other.v
a = [Eq(1), Eq(2)]
print(Eq(2) in a)
print(a.count(Eq(1)))
print(a[0] in a)
print(a.index(Eq(2)))
