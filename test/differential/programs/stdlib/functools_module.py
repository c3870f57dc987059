# functools: reduce, partial, lru_cache, cached_property, singledispatch, cmp_to_key.
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 'init'))
p = functools.partial(int, base=2)
print(p('1010'), p.func.__name__, p.keywords)
@functools.singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
print(show(1), show([]), show('s'), show(True))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class C:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
c = C()
print(c.val, c.val)
