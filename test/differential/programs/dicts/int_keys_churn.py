# Integer-like keys (ints, bools, integral floats, big ints) inserted, replaced, deleted
# and copied many times over: lookups must keep finding every live key after the table
# is rebuilt, and order and values must be CPython's.
import random

random.seed(5)
table = {}
for step in range(20000):
    key = random.choice([
        random.randrange(-50, 50), random.randrange(2**40), 3.0, 7, True, False,
        2**53 + 1, -(2**52), 2**31, -(2**31) - 1,
    ])
    choice = random.random()
    if choice < 0.5:
        table[key] = step
    elif choice < 0.8:
        table.pop(key, None)
    elif choice < 0.9:
        table = dict(table)
    else:
        table.setdefault(key, -step)
    if step % 997 == 0:
        assert {**table} == table
print(len(table), sum(table.values()))
print(list(table.items())[:8], list(table)[-4:])

evens_gone = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del evens_gone[i]
print(len(evens_gone), 500 in evens_gone, 501 in evens_gone, evens_gone.get(999), evens_gone.popitem(), list(evens_gone)[:3])
print({1: 'a', 1.0: 'b', True: 'c'}, {i * 0.5: i for i in range(6)})
emptied = {}
for i in range(50):
    emptied[i] = i
    emptied.pop(i)
print(emptied, len(emptied), 3 in emptied)
