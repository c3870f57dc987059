# Mapping patterns use get-like lookup and do not trigger __missing__; keys must be unique literals or values.
from collections import defaultdict
d = defaultdict(int, {'a': 1})
match d:
    case {'b': _}:
        print('b matched')
    case {'a': 1}:
        print('a matched')
print(dict(d))
class M(dict):
    pass
match M(x=1, y=2):
    case {'x': 1, **kw}:
        print('M matched', kw)
