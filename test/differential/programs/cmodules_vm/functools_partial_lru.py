# _functools: reduce, cmp_to_key's key objects, partial (flattening, repr, pickling
# state, attributes) and the C lru_cache wrapper (keys, eviction order, cache_info).
import functools
from functools import partial, reduce, cmp_to_key, lru_cache


def attempt(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except Exception as error:
        return f'{type(error).__name__}: {error}'


print(reduce(lambda a, b: a * b, range(1, 7)), reduce(lambda a, b: a + b, [], 'start'), reduce(max, [3, 9, 2]))
print(attempt(reduce, len), attempt(reduce, len, 1), attempt(reduce, len, []), attempt(reduce, len, [], x=1))

# cmp_to_key
by_length_then_text = cmp_to_key(lambda a, b: (len(a) - len(b)) or (a > b) - (a < b))
print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=by_length_then_text))
key = cmp_to_key(lambda a, b: a - b)
print(key(1) < key(2), key(2) <= key(2), key(3) == key(3), key(1) != key(1), key(5) > key(4), key(1) >= key(9))
print(type(key).__name__, type(key(1)).__name__, key(7).obj, key(obj=8).obj, key.obj)
k = key(1)
k.obj = 5
print(k.obj)
print(attempt(lambda: key(1) < 2), attempt(key), attempt(key, 1, 2), attempt(cmp_to_key))
# (Only the kind of error: CPython names the type functools.KeyWrapper there.)
print(attempt(lambda: hash(key(1))).split(':')[0])
weird = cmp_to_key(lambda a, b: 'text')
print(attempt(lambda: weird(1) < weird(2)))


# partial
def record(*args, **kwargs):
    return args, kwargs


p = partial(record, 1, 2, mode='fast')
print(p(3), p(3, mode='slow', extra=True), p.func is record, p.args, p.keywords)
nested = partial(p, 4, level=2)
print(nested.func is record, nested.args, nested.keywords, nested())
print(repr(partial(max, 1, key=abs)), repr(partial(sorted, reverse=True)))


class MyPartial(partial):
    pass


mp = MyPartial(max, 5)
print(repr(mp), mp(3, 9), type(partial(mp, 1)).__name__, partial(mp, 1).func is max)
with_attribute = partial(min, 4)
with_attribute.note = 'kept'
wrapped = partial(with_attribute, 2)
print(wrapped.func is with_attribute, wrapped.args, wrapped())
print(attempt(partial), attempt(partial, 3), attempt(partial, func=record))
print(attempt(setattr, p, 'args', ()), attempt(delattr, p, 'func'))
state = p.__reduce__()
print(state[0] is partial, state[1][0] is record, state[2][1:])
fresh = partial(abs)
fresh.__setstate__((record, (9,), {'z': 1}, {'tag': 'restored'}))
print(fresh(), fresh.tag, fresh.__dict__)
for bad in [(1, (), None, None), (record, [], None, None), [record, (), None, None], (record, ())]:
    print(attempt(fresh.__setstate__, bad))
cyclic = partial(record)
cyclic.__setstate__((record, (cyclic,), {}, None))
print(repr(cyclic).replace(hex(id(record)), 'ADDR'))
print(partial[int])


class Holder:
    method = partial(record, 'bound?')


print(Holder().method(1))

# lru_cache: hits, misses, eviction of the least recently used.
calls = []


@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    square(n)
print(calls, square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square.__wrapped__.__name__, square.__name__, square.__qualname__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200), fib.cache_info())


@functools.cache
def arity(*args, **kwargs):
    return len(args) + len(kwargs)


for args, kwargs in [((1,), {}), ((1.0,), {}), ((True,), {}), ((), {'x': 1}), ((1,), {'x': 1}), ((1,), {'x': 1}), (('1',), {})]:
    arity(*args, **kwargs)
print(arity.cache_info())


@lru_cache(typed=True)
def typed(x):
    return x


for value in [1, 1.0, True, 1, 'a']:
    typed(value)
print(typed.cache_info())


@lru_cache(0)
def uncached(x):
    return x


uncached(1)
uncached(1)
print(uncached.cache_info())


@lru_cache(-3)
def negative(x):
    return x


negative(2)
print(negative.cache_info(), negative.cache_parameters())


class Noisy:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        print('hash', self.value)
        return hash(self.value)

    def __eq__(self, other):
        print('eq', self.value, other.value)
        return self.value == other.value


@lru_cache(maxsize=1)
def unwrap(box):
    return box.value


print(unwrap(Noisy(1)), unwrap(Noisy(1)), unwrap(Noisy(2)), unwrap(Noisy(1)), unwrap.cache_info())


class Account:
    def __init__(self, balance):
        self.balance = balance

    @lru_cache
    def projected(self, years):
        return self.balance * 2 ** years


account = Account(10)
print(account.projected(3), account.projected(3), Account.projected.cache_info(), type(Account.__dict__['projected']).__name__)
import copy
print(copy.copy(square) is square, copy.deepcopy(square) is square, square.__reduce__())
wrapper_type = functools._lru_cache_wrapper
print(attempt(wrapper_type, 1, 1, False, None), attempt(wrapper_type, len, 'a', False, None),
      attempt(wrapper_type, len, 2 ** 70, False, None))
