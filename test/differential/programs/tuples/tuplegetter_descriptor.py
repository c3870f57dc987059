# _collections._tuplegetter, the descriptor behind namedtuple fields: reading by index
# from any tuple, refusing assignment and deletion, a writable __doc__, repr and reduce.
import collections
import pickle
from _collections import _tuplegetter

Pair = collections.namedtuple('Pair', 'left right')
getter = Pair.__dict__['right']
print(type(getter).__name__, type(getter).__module__, getter, getter.__doc__)
print(getter.__get__((1, 2)), getter.__get__(Pair(3, 4)), getter.__get__(None, Pair) is getter)
print(getter.__reduce__(), pickle.loads(pickle.dumps(getter)))

attempts = [
    lambda: getter.__get__([1, 2]),
    lambda: getter.__get__((1,)),
    lambda: _tuplegetter(-1, None).__get__((1, 2)),
    lambda: getter.__get__(None, None),
    lambda: setattr(Pair(1, 2), 'left', 0),
    lambda: delattr(Pair(1, 2), 'right'),
    lambda: getter.__set__((1, 2), 0),
    lambda: getter.__delete__((1, 2)),
    lambda: _tuplegetter(0),
    lambda: _tuplegetter(0, 'doc', 'extra'),
    lambda: _tuplegetter(index=0, doc=None),
    lambda: _tuplegetter('0', None),
    lambda: _tuplegetter(2 ** 64, None),
    lambda: type('Sub', (_tuplegetter,), {}),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

custom = _tuplegetter(0, 'first item')
custom.__doc__ = 'renamed'
print(custom, custom.__doc__)
del custom.__doc__
print(custom.__doc__)


class Triple(tuple):
    middle = _tuplegetter(1, 'the middle one')


print(Triple('xyz').middle, Triple.middle.__doc__, Pair._fields, Pair(5, 6).right)
