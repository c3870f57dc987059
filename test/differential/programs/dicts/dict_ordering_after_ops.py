# Ordering after update, pop, and re-insertion; comparing with OrderedDict.
from collections import OrderedDict
d = dict(a=1, b=2, c=3)
d.update(b=20, d=4)
d.pop('a')
d['a'] = 0
print(list(d.items()))
od = OrderedDict(d)
print(od == d, od == OrderedDict(reversed(list(d.items()))), d == dict(reversed(list(d.items()))))
print(list(d), next(iter(d)), next(reversed(d)))
