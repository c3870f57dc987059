# inspect.signature, __text_signature__ and __doc__ of functions and methods written in C.
import functools
import inspect
import itertools
import math
import operator

samples = [
    len, print, sorted, iter, next, getattr, min, max, round, pow, divmod, isinstance, repr, format, vars, dir,
    dict.get, dict.pop, dict.setdefault, dict.fromkeys, {}.items, str.split, str.replace, str.join, 'x'.startswith,
    list.sort, list.append, [].index, list.__init__, tuple.count, set.add, frozenset.union, bytes.hex, bytearray.extend,
    int.to_bytes, int.from_bytes, int.bit_length, (1).__add__, int.__add__, float.hex, float.fromhex, complex.conjugate,
    object.__init__, object.__reduce_ex__, object.__init_subclass__, type.mro, type.__subclasses__,
    math.isclose, math.sqrt, math.gcd, math.log, math.fsum, math.prod, math.comb,
    functools.reduce, functools.cmp_to_key, itertools.islice, itertools.chain.from_iterable, itertools.accumulate,
    operator.add, operator.itemgetter, operator.length_hint,
    str.maketrans, object, range, slice.indices, property.getter, memoryview.tobytes,
]
for obj in samples:
    name = getattr(obj, '__qualname__', repr(obj))
    try:
        signature = str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        signature = type(e).__name__
    print(name, signature, repr(getattr(obj, '__text_signature__', 'no attribute')))

for obj in [len, dict.get, str.split, int.__add__, (1).__add__, math.isclose, int.real, dict.fromkeys, [].append]:
    print(repr(obj.__doc__))
print(inspect.getdoc(sorted))
print([t.__module__ for t in (type, type(len), type(lambda: 0), object, int)])
print([t.__doc__.splitlines()[0] for t in (type, type(lambda: 0), object, int, enumerate, zip, slice)])

# help()'s text for natives: the signature line, then the docstring.
import pydoc
for obj in [len, dict.get, math.isclose, str.split, int.from_bytes]:
    print(pydoc.render_doc(obj, renderer=pydoc.plaintext))
