# __getitem__ receives ints, slice objects and tuples of slices.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[..., 0], s[:, None], s[-1:])
print(s['k'], s[()], s[1:2:3].indices(10))
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
q = Seq(6)
print(q[2], q[1:5], q[::-2], list(q), 16 in q)
