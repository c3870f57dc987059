# yield from: return values through several levels, gi_yieldfrom while delegating,
# send/throw forwarded to iterators without those methods, StopIteration values that are
# tuples or exceptions, and a subiterator's close() during the delegator's close().
import inspect


def leaf(tag):
    received = yield f'{tag}: first'
    yield f'{tag}: got {received!r}'
    return (tag, received)


def middle():
    result = yield from leaf('leaf')
    yield f'middle saw {result}'
    return ['middle', result]


def top():
    result = yield from middle()
    return {'top': result}


g = top()
print(next(g))
print(g.send('hello'))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom.gi_yieldfrom)
try:
    next(g)
except StopIteration as e:
    print('final:', e.value)
print(g.gi_yieldfrom, inspect.getgeneratorstate(g))


def tuple_returner():
    return (1, 2)
    yield


def exc_returner():
    return ValueError('as a value')
    yield


def collect():
    a = yield from tuple_returner()
    b = yield from exc_returner()
    yield (a, repr(b))


print(list(collect()))


def over_list():
    r = yield from [10, 20]
    yield ('list gives', r)


d = over_list()
print(next(d))
try:
    d.send('not None')
except AttributeError as e:
    print('AttributeError:', e)
d = over_list()
next(d)
print('send(None) to a list iterator is next():', d.send(None))
d = over_list()
next(d)
try:
    d.throw(KeyError('into list iterator'))
except KeyError as e:
    print('throw without .throw propagates', repr(e))


class Closable:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def close(self):
        print('  Closable.close called')


def wraps_closable():
    try:
        yield from Closable()
    finally:
        print('  delegator finally')


w = wraps_closable()
print(next(w), next(w))
w.close()


def sub_catches():
    try:
        yield 'sub'
    except ValueError:
        return 'sub returned after ValueError'


def outer():
    r = yield from sub_catches()
    yield r


o = outer()
next(o)
print(o.throw(ValueError))
