# iter() of a built-in iterator is the iterator itself (pyvm answers without looking
# __iter__ up); subclasses may override __iter__ (coroutine_states.py: coroutines are not iterable).
# reversed() of a tuple (read by pyvm straight from its items) and of tuple subclasses
# whose __getitem__ or __len__ say otherwise.
import pickle

iterators = [
    iter([1, 2]), iter((1,)), iter('ab'), iter(b'ab'), iter({1: 2}), iter({1, 2}), iter(range(3)),
    map(abs, [-1]), filter(None, [0, 1]), zip([1], [2]), enumerate('x'), reversed([1, 2]),
    reversed((1, 2)), reversed(range(4)), iter({}.values()), iter({}.items()),
]
print([iter(it) is it for it in iterators])
print([type(it).__name__ for it in iterators])


class Doubled(map):
    def __iter__(self):
        items = []
        while True:
            try:
                items.append(map.__next__(self) * 2)
            except StopIteration:
                return iter(items)


class Plain(zip):
    pass


print(list(Doubled(abs, [-1, 2])), iter(Plain([1], [2])).__class__.__name__, list(Plain('ab', 'cd')))
for value in [Doubled(abs, [3])]:
    print(value.__class__.__name__, type(iter(value)).__name__)


def generator():
    yield 1


g = generator()
print(iter(g) is g, list(g))

# reversed over tuples.
print(list(reversed(())), list(reversed((1,))), list(reversed(tuple(range(6)))))
items = reversed(('a', 'b', 'c', 'd'))
print(next(items), items.__length_hint__(), list(items), list(items), items.__length_hint__())
resumed = reversed(('a', 'b', 'c', 'd'))
next(resumed)
copy = pickle.loads(pickle.dumps(resumed))
print(list(copy), list(resumed))
for state in [-5, 0, 2, 99]:
    it = reversed((1, 2, 3))
    it.__setstate__(state)
    print(state, list(it))


class Shouting(tuple):
    def __getitem__(self, index):
        return str(super().__getitem__(index)).upper()


class Short(tuple):
    def __len__(self):
        return 2


class Endless(tuple):
    def __reversed__(self):
        return iter(['own', 'reversed'])


print(list(reversed(Shouting(('a', 'b')))), list(reversed(Short((1, 2, 3, 4)))), list(reversed(Endless((1,)))))


class Reversal(reversed):
    pass


print(list(Reversal((1, 2, 3))), type(Reversal((1,))).__name__)
for bad in [{1: 2}, {1}, 5, iter([1])]:
    try:
        reversed(bad)
    except TypeError as error:
        print('TypeError', error)
