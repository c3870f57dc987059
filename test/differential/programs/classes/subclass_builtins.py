# Subclassing list, dict, int and str, overriding some methods.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2]); s.push(3)
print(s, s.peek(), len(s), type(s[:1]).__name__, type(s + s).__name__)
class Money(int):
    def __repr__(self):
        return f'${int(self)}'
m = Money(5)
print(repr(m), m + 1, type(m + 1).__name__, repr(Money(3)), [Money(7)])
class Ci(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = Ci(key=1)
print(d['KEY'], d.get('KEY'), dict(d))
