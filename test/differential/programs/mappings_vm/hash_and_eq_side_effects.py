# Keys whose __hash__ and __eq__ run code: when and how often CPython calls them, and
# lookups restarting when an __eq__ changes the dict or set being searched.

class Key:
    log = []

    def __init__(self, name, hash_value):
        self.name = name
        self.hash_value = hash_value

    def __hash__(self):
        Key.log.append('hash ' + self.name)
        return self.hash_value

    def __eq__(self, other):
        Key.log.append(f'eq {self.name} {getattr(other, "name", other)}')
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return self.name


def report(label):
    print(label, Key.log)
    Key.log.clear()


a, b, c = Key('a', 1), Key('b', 1), Key('c', 2)
d = {a: 1, b: 2, c: 3}
report('build')
print(d[Key('b', 1)], Key('c', 2) in d, Key('x', 1) in d)
report('lookups')
d2 = dict(d)
report('copy via dict()')
d3 = d.copy()
report('copy()')
print(d == d2)
report('equality')
s = set(d)
report('set from dict')
s2 = {a, b, c}
report('set display')
print(len(s & s2), len(s | s2), len(s - {Key('a', 1)}))
report('set algebra')
del d[Key('a', 1)]
report('delete')
print(list(d), d.pop(Key('c', 2)), d)
report('pop')


class Mutator:
    """Its first comparison empties the dict it is looked up in."""

    def __init__(self, target):
        self.target = target
        self.armed = True

    def __hash__(self):
        return 5

    def __eq__(self, other):
        if self.armed:
            self.armed = False
            print('  clearing during comparison')
            self.target.clear()
        return False


class Five:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        return NotImplemented


holder = {}
holder[Five()] = 'five'
print(Mutator(holder) in holder, len(holder))
holder = {'x': 1, Five(): 'five', 'y': 2}
probe = Mutator(holder)
holder[probe] = 'added'
print(list(holder.values()), len(holder))

target = set()
target.add(Five())
print(Mutator(target) in target, len(target))

# Unhashable keys never reach __eq__.
try:
    {}[[1]]
except TypeError as error:
    print(error)


class BadHash:
    def __hash__(self):
        return 'x'


try:
    {BadHash(): 1}
except TypeError as error:
    print(error)


class HugeHash:
    def __hash__(self):
        return 2 ** 100


print(hash(HugeHash()), {HugeHash(): 1} != {})

# Deep nesting: repr and == are bounded by the recursion limit.
nested = {}
for _ in range(5000):
    nested = {'k': nested}
try:
    repr(nested)
except RecursionError as error:
    print('repr:', error)
other = {}
for _ in range(5000):
    other = {'k': other}
try:
    print(nested == other)
except RecursionError as error:
    print('eq:', error)
