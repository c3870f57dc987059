# Forms of import: aliasing, from-import with multiple names, and module attributes.
import math, os.path as osp
from collections import (
    OrderedDict as OD,
    Counter,
)
from math import *
print(math.sqrt(16), osp.join('a', 'b'), OD(a=1), Counter('aab')['a'], floor(2.7), pi == math.pi)
import collections.abc
print(collections.abc.Sequence.__name__, type(math).__name__, math.__name__)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
