# __missing__ on dict subclasses and collections.defaultdict/Counter behaviour.
from collections import defaultdict, Counter
class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(a=1)
print(z['a'], z['b'], z, z.get('b'), 'b' in z)
dd = defaultdict(list)
dd['x'].append(1); dd['y']; dd['x'].append(2)
print(dict(dd), sorted(dd))
c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:6])
