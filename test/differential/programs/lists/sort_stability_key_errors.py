# sort with a key that raises, list left unchanged semantics, and key called once per item.
calls = []
def key(x):
    calls.append(x)
    return -x
a = [3, 1, 2]
a.sort(key=key)
print(a, sorted(calls))
def bad(x):
    if x == 2:
        raise ValueError('bad key')
    return x
b = [3, 2, 1]
try:
    b.sort(key=bad)
except ValueError as e:
    print(type(e).__name__, e, sorted(b))
