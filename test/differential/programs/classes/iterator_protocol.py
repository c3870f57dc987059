# A class implementing __iter__/__next__, used by for, list, and unpacking.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
a, b, c = Countdown(3)
print(a, b, c)
it = Countdown(2)
for x in it:
    print('loop', x)
print(list(it), sum(Countdown(4)), max(Countdown(5)))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(OldStyle()), 200 in OldStyle())
