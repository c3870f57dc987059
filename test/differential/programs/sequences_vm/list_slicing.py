# list subscripts: ints, slices with steps, assignment and deletion, and their errors.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

a = list(range(10))
print(a[3], a[-1], a[2:5], a[::3], a[::-2], a[8:2:-2], a[-3:], a[:-7], a[100:], a[-100:2], a[5:2])
print(a[True], a[::10**20], a[::-10**20], a[10**20:], a[:-10**20], a[-10**20:10**20])

class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print(a[Index(4)], a[Index(1):Index(9):Index(3)])

b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = range(3)
print(b)
b[:] = 'abc'
print(b)
b[len(b):] = [9, 9]
print(b)
b[-1:0] = [7]
print(b)
b[::2] = [0, 0, 0]
print(b)
b[::-1] = b
print(b)
b[1:3] = b
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
del b[0]
print(b)
c = list(range(20))
del c[::-3]
print(c)
del c[15:2:-4]
print(c)
del c[5:5]
print(c)
c[5:2] = [100, 200]
print(c)
c[10:2:-1] = []  if False else c[10:2:-1]
print(c)

attempt('index out', lambda: a[10])
attempt('neg out', lambda: a[-11])
attempt('str index', lambda: a['1'])
attempt('float index', lambda: a[1.0])
attempt('huge index', lambda: a[10**20])
attempt('big index', lambda: a[2**62])
attempt('none index', lambda: a[None])
attempt('zero step', lambda: a[::0])
attempt('float slice', lambda: a[1.5:])
attempt('str slice', lambda: a[:'x'])

def assign(target, key, value):
    target[key] = value
    return target

def delete(target, key):
    del target[key]
    return target

attempt('assign out', lambda: assign([1], 1, 0))
attempt('assign neg out', lambda: assign([1], -2, 0))
attempt('assign str key', lambda: assign([1], 'a', 0))
attempt('assign ok', lambda: assign([1, 2], -1, 0))
attempt('del out', lambda: delete([1], 3))
attempt('del str', lambda: delete([1], 'a'))
attempt('slice non-iterable', lambda: assign([1, 2], slice(0, 1), 5))
attempt('ext slice non-iterable', lambda: assign([1, 2, 3], slice(None, None, 2), 5))
attempt('ext slice size', lambda: assign([1, 2, 3], slice(None, None, 2), [1, 2, 3]))
attempt('ext slice size 2', lambda: assign([1, 2, 3, 4, 5], slice(None, None, -2), 'ab'))
attempt('ext slice gen', lambda: assign([1, 2, 3, 4], slice(1, None, 2), (x for x in 'xy')))
attempt('ext slice zero step', lambda: assign([1], slice(None, None, 0), []))
attempt('step one slice', lambda: assign([1, 2, 3], slice(None, None, 1), ()))
attempt('del ext', lambda: delete(list(range(7)), slice(1, None, 2)))
attempt('del neg ext', lambda: delete(list(range(7)), slice(None, None, -3)))
attempt('del zero step', lambda: delete([1], slice(None, None, 0)))

# Iterating while the list changes reads its length afresh.
grow = [1, 2, 3]
for item in grow:
    if item < 5:
        grow.append(item + 3)
print(grow)
shrink = list(range(10))
for item in shrink:
    shrink.remove(item)
print(shrink)
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed([1, 2, 3])
print(type(rit).__name__, rit.__length_hint__(), list(rit), rit.__length_hint__())
