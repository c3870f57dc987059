# Container comparisons compare elementwise, with identity-before-equality.
class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print('cmp', self.n, o.n)
        return self.n == o.n
x = Loud(1)
print([x, Loud(2)] == [x, Loud(2)])
print((Loud(3),) == (Loud(4),))
print({'k': x} == {'k': x})
print([1, 2, 3] < [1, 2, 4], (1, 2) >= (1, 2))
