# == and != of exact dicts, lists and tuples take a direct path in pyvm (no method lookup,
# no arguments array); subclasses, custom __eq__ inside, identity before equality (NaN)
# and the recursion limit must come out as through the methods.
import sys
a = []; b = []
for i in range(5000): a = [a]; b = [b]
try: print(a == b)
except RecursionError as e: print('RecursionError', e)
d1 = {}; d2 = {}
for i in range(5000): d1 = {'k': d1}; d2 = {'k': d2}
try: print(d1 == d2, d1 != d2)
except RecursionError as e: print('RecursionError', e)
class D(dict):
    def __eq__(self, o): return 'custom'
print({'a': D()} == {'a': D()}, D() == {}, {} == D(), [D()] == [D()], (1, D()) == (1, D()), [1, 2] != [1, 2], (1,) != (1, 2), {1: 2} != {1: 3})
nan = float('nan'); print([nan] == [nan], [float('nan')] == [float('nan')], (nan,) == (nan,), {1: nan} == {1: nan})
class L(list): pass
print(L([1]) == [1], [1] == L([1]), L([1]) != L([2]))
t = (1, [2, {3: (4,)}]); print(t == (1, [2, {3: (4,)}]), t != (1, [2, {3: (4,)}]), t == (1, [2, {3: (5,)}]))
