# Mutating a dict while iterating over it: what CPython's entry-array iterators do.

def attempt(label, body):
    try:
        result = body()
        print(label, 'ok', result)
    except RuntimeError as error:
        print(label, 'RuntimeError:', error)


def grow():
    d = {'a': 1, 'b': 2}
    for key in d:
        d[key + '!'] = 0
    return d


def shrink():
    d = {'a': 1, 'b': 2, 'c': 3}
    for key in d:
        del d[key]
    return d


def replace_same_size(count):
    # Delete the current key and add a new one: the size never changes.
    d = dict.fromkeys([str(n) for n in [1, 2, 3, 4, 5, 6, 7, 8][:count]], 0)
    seen = []
    for key in d:
        seen.append(key)
        del d[key]
        d[key + 'x'] = 1
        if len(seen) > 40:
            break
    return seen, d


attempt('grow', grow)
attempt('shrink', shrink)
for count in [1, 2, 3, 4, 5, 6, 7, 8]:
    attempt(f'replace {count}', lambda: replace_same_size(count))


def values_and_items():
    d = {1: 'one', 2: 'two', 3: 'three'}
    out = []
    for value in d.values():
        out.append(value)
        d[len(out) * 10] = value
    return out


attempt('values', values_and_items)


def items_pop():
    d = {1: 'one', 2: 'two', 3: 'three'}
    out = []
    for key, value in d.items():
        out.append((key, value))
        d.pop(key)
        d[key * 100] = value
    return out, d


attempt('items replace', items_pop)

# The error sticks: the iterator keeps failing even after the size comes back.
d = {'x': 1, 'y': 2}
it = iter(d)
print(next(it))
d['z'] = 3
for attempt_number in range(2):
    try:
        next(it)
    except RuntimeError as error:
        print('sticky', attempt_number, error)
del d['z']
try:
    next(it)
except RuntimeError as error:
    print('still', error)

# A "keys changed" iterator is exhausted afterwards.
d = {'p': 1, 'r': 2}
it = iter(d)
print(next(it))
del d['p']
d['q'] = 3
print(next(it))
try:
    next(it)
except RuntimeError as error:
    print('changed:', error)
print(list(it))

# Reversed iteration does not check for changed keys.
d = {'a': 1, 'b': 2, 'c': 3}
seen = []
for key in reversed(d):
    seen.append(key)
    del d[key]
    d[key.upper()] = 0
print(seen, d)

# popitem() shortens the entries array; an iterator over it sees that.
d = {n: n * n for n in [10, 20, 30, 40]}
it = iter(d.items())
print(next(it))
d.popitem()
d[50] = 2500
print(list(it))

# clear() during iteration.
d = {'a': 1, 'b': 2}
it = iter(d)
next(it)
d.clear()
try:
    next(it)
except RuntimeError as error:
    print('cleared:', error)

# length hints follow the iterator.
d = dict.fromkeys('abcdef')
it = iter(d)
next(it)
print(it.__length_hint__(), iter(d.values()).__length_hint__(), reversed(d.items()).__length_hint__())
d['g'] = None
print(it.__length_hint__())
