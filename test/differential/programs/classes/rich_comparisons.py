# Rich comparisons, functools.total_ordering and sorting user objects.
import functools
@functools.total_ordering
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return '.'.join(map(str, self.parts))
vs = [Ver('1.10'), Ver('1.2'), Ver('1.2.1'), Ver('0.9')]
print(sorted(vs), max(vs), Ver('1.0') <= Ver('1.0'), Ver('2.0') > Ver('1.9'), Ver('1') >= Ver('2'))
print(Ver('1.0') != Ver('1.0'), Ver('1.0') == Ver('1.0'))
