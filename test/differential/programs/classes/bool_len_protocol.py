# __len__ drives len() and truthiness; __len__ must return a non-negative int.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
print(len(Bag('abc')), bool(Bag('')), 'b' in Bag('abc'), 'z' not in Bag('abc'))
class Bad:
    def __len__(self):
        return 'three'
try:
    len(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
