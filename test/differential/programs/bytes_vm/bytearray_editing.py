# bytearray mutation: item, slice and extended-slice assignment and deletion, and the mutating methods.
def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)

ba = bytearray(b'0123456789')
ba[0] = 65
ba[-1] = ord('Z')
print(ba)
ba[2:4] = b'xyz'
print(ba)
ba[5:5] = [33, 34]
print(ba)
ba[8:3] = b'<>'
print(ba)
ba[::3] = bytes(len(ba[::3]))
print(ba)
ba[::-4] = b'!' * len(ba[::-4])
print(ba)
ba[1::2] = b''
print(ba)
del ba[0]
del ba[-2:]
del ba[::2]
print(ba)
ba[:] = ba
print(ba)
ba[1:] = memoryview(b'mv')
print(ba)
ba[:0] = range(97, 100)
print(ba, len(ba))

def setter(key, value):
    target = bytearray(b'abcdef')
    target[key] = value
    return target

attempt('index range', lambda: setter(6, 1))
attempt('value range', lambda: setter(0, 256))
attempt('value type', lambda: setter(0, b'x'))
attempt('key type', lambda: setter('k', 1))
attempt('huge key', lambda: setter(2 ** 70, 1))
attempt('slice int', lambda: setter(slice(0, 2), 5))
attempt('slice str', lambda: setter(slice(0, 2), 'ab'))
attempt('slice bad item', lambda: setter(slice(0, 2), [1, 300]))
attempt('slice object', lambda: setter(slice(0, 2), object()))
attempt('extended size', lambda: setter(slice(None, None, 2), b'12'))
attempt('del index', lambda: bytearray(b'ab').__delitem__(5))

grow = bytearray()
for value in range(40):
    grow.append(value % 7 + 97)
grow.extend(b'END')
grow.extend([48, 49])
grow.extend(x for x in (50, 51))
grow.extend(bytearray(b'!?'))
print(grow, len(grow))
grow.insert(0, 35)
grow.insert(-1, 36)
grow.insert(100, 37)
grow.insert(-100, 38)
print(grow[:4], grow[-4:])
print(grow.pop(), grow.pop(0), grow.pop(-2), grow.pop(3), len(grow))
grow.remove(ord('a'))
grow.reverse()
print(grow)
copy = grow.copy()
grow.clear()
print(grow, len(copy), copy[:5], type(copy).__name__)

acc = bytearray(b'ab')
alias = acc
acc += b'cd'
acc += bytearray(b'ef')
acc += memoryview(b'gh')
acc *= 2
print(acc, alias is acc)
acc *= 0
print(acc, alias)
twice = bytearray(b'xy')
twice.extend(twice)
twice[1:] = twice
print(twice)
attempt('iadd self', lambda: twice.__iadd__(twice))
attempt('extend own view', lambda: twice.extend(memoryview(twice)))
attempt('assign own view', lambda: twice.__setitem__(slice(0, 0), memoryview(twice)))
twice[0:2] = memoryview(twice)[2:4]
print(twice)

attempt('append str', lambda: bytearray().append('a'))
attempt('append range', lambda: bytearray().append(-1))
attempt('extend int', lambda: bytearray().extend(3))
attempt('extend str', lambda: bytearray().extend('ab'))
attempt('extend keeps', lambda: (lambda b: (attempt('inner', lambda: b.extend([1, 2, 'x'])), b)[1])(bytearray(b'k')))
attempt('insert type', lambda: bytearray().insert('0', 1))
attempt('insert value', lambda: bytearray().insert(0, 999))
attempt('pop empty', lambda: bytearray().pop())
attempt('pop range', lambda: bytearray(b'a').pop(3))
attempt('remove missing', lambda: bytearray(b'abc').remove(120))
attempt('iadd str', lambda: bytearray(b'a').__iadd__('b'))
def multiply_in_place():
    target = bytearray(b'a')
    target *= 'b'
attempt('imul str', multiply_in_place)
attempt('hash', lambda: hash(bytearray(b'a')))
iterated = bytearray(b'abc')
seen = []
for byte in iterated:
    seen.append(byte)
    if len(iterated) < 6:
        iterated.append(byte + 3)
print(seen, iterated)
