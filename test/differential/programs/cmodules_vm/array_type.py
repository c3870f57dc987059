# array: every type code's range checks, construction from lists, bytes, str and
# iterables, the sequence protocol with slices, the methods, comparisons, the buffer
# protocol and pickling support.
import array
from array import array as Array


def attempt(fn, *args, **kwargs):
    try:
        return repr(fn(*args, **kwargs))
    except Exception as error:
        return f'{type(error).__name__}: {error}'


print(array.typecodes, array.ArrayType is Array, Array.__name__, Array.__module__)
for code in array.typecodes:
    a = Array(code)
    print(code, a.itemsize, a.typecode, repr(a))

bounds = [-2 ** 63 - 1, -2 ** 31 - 1, -2 ** 15 - 1, -129, -1, 0, 127, 255, 32767, 65535, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64]
for code in 'bBhHiIlLqQ':
    print(code, [attempt(Array, code, [value]).replace(f"array('{code}', ", '')[:-1] for value in bounds])
for code in 'bBhHiIlLqQfd':
    print(code, [attempt(Array, code, [value]) for value in [1.5, 'x', None, True]])
print(Array('f', [0.1, 1e40, -2.5]), Array('d', [0.1, float('inf'), float('nan')]), Array('f', [16777217]))
print(Array('u', 'héllo😀'), attempt(Array, 'u', ['ab']), attempt(Array, 'u', [1]), Array('u', ['x', 'y']))

# Construction.
print(Array('i', range(4)), Array('b', iter([1, -1])), Array('H', (7, 8)), Array('h', b'\x01\x00\xff\xff'), Array('B', bytearray(b'AB')))
print(Array('d', Array('i', [1, 2])), Array('i', Array('i', [3])), Array('B', memoryview(b'mv')))
for args in [(), (1,), ('x',), ('ab',), ('i', 'abc'), ('i', b'abc'), ('i', [1], 2), ('i', Array('d', [1.5])),
             ('i', Array('u', 'a')), ('i', 5), ('u', Array('i', [1]))]:
    print(attempt(Array, *args))
print(attempt(Array, 'i', typecode='i'))


class Samples(Array):
    def __init__(self, typecode, values, label=''):
        self.label = label


s = Samples('i', [1, 2], label='tagged')
print(s, s.label, s[:1], type(s[:1]).__name__, type(s + s).__name__, type(s * 2).__name__)

# Sequence protocol.
a = Array('i', [5, 1, 4, 1, 5, 9, 2, 6])
print(len(a), a[0], a[-1], a[2:5], a[::3], a[::-1], 4 in a, 'x' in a, list(reversed(a)), sorted(a), min(a), max(a))
print(attempt(a.__getitem__, 20), attempt(a.__getitem__, 'x'), attempt(a.__getitem__, 1.0))
a[0] = 50
a[1:3] = Array('i', [10, 20, 30])
del a[-1]
del a[::4]
print(a)
a[::2] = Array('i', [0] * len(a[::2]))
print(a)
for statement in ["a[99] = 1", "a['k'] = 1", "a[1:2] = [1]", "a[1:2] = Array('d', [1.0])", "a[::2] = Array('i', [1])",
                  "del a[99]", "a[0] = 2 ** 40", "a[0] = 'x'"]:
    try:
        exec(statement)
    except Exception as error:
        print(statement, '->', type(error).__name__, error)
b = Array('i', [1, 2, 3])
b[::-1] = b
b[1:2] = b
print(b)

# Methods.
m = Array('h', [3, 1, 3])
m.append(7)
m.extend([8, 9])
m.extend(Array('h', [10]))
m.insert(0, -1)
m.insert(-100, -2)
m.insert(100, 11)
print(m, m.count(3), m.index(3), m.index(3, 3), m.pop(), m.pop(0), m)
m.remove(3)
m.reverse()
print(m, m.tolist(), m.tobytes(), m.buffer_info()[1])
m.byteswap()
print(m)
m.byteswap()
m.frombytes(b'\x05\x00')
m.fromlist([6, 7])
print(m)
for call in [lambda: m.index(99), lambda: m.remove(99), lambda: Array('i').pop(), lambda: m.pop(99), lambda: m.extend(Array('d')),
             lambda: m.extend(5), lambda: m.frombytes(b'\x01'), lambda: m.frombytes('no'), lambda: m.frombytes(Array('i', [1])),
             lambda: m.fromlist((1,)), lambda: m.fromlist([1, 'x']), lambda: m.tounicode(), lambda: m.fromunicode('x'),
             lambda: Array('u').fromunicode(3), lambda: m.append(), lambda: m.insert(1), lambda: m.pop(1, 2), lambda: m.index(),
             lambda: m.count(), lambda: m.insert('x', 1)]:
    print(attempt(call))
print(m)
u = Array('u', 'ab')
u.fromunicode('cd')
u.append('e')
print(u, u.tounicode(), u.tobytes()[:8], u[1], u[1:3])

# Operators and comparisons.
x = Array('i', [1, 2])
y = Array('i', [1, 3])
print(x + y, x * 2, 2 * x, x * -1, x < y, x <= x, x == Array('d', [1.0, 2.0]), x != y, x > y, x == [1, 2])
print(Array('d', [float('nan')]) == Array('d', [float('nan')]), Array('i', [1, 2, 3]) >= Array('i', [1, 2]))
x += Array('i', [9])
x *= 2
print(x)
for expression in ["x + Array('d')", "x + [1]", "x * 'k'"]:
    print(expression, attempt(eval, expression))
# (Only the kind of error: CPython names the type array.array there.)
print(attempt(eval, "x < 'k'").split(':')[0])
for statement in ["x += [1]", "x += Array('b')"]:
    try:
        exec(statement)
    except TypeError as error:
        print(statement, '->', error)

# Buffers, copies, pickling support.
print(bytes(Array('h', [1, 256])), bytearray(Array('B', [65, 66])), b''.join([Array('B', [67]), b'D']))
import copy
original = Array('d', [1.5, -2.0])
print(copy.copy(original), copy.deepcopy(original), copy.copy(original) is original)
print(original.__reduce_ex__(2), original.__reduce_ex__(3))
print(array._array_reconstructor(Array, 'i', 8, b'\x01\x00\x00\x00'), array._array_reconstructor(Array, 'i', 9, b'\x00\x00\x00\x02'),
      array._array_reconstructor(Array, 'q', 1, b'\xff'), array._array_reconstructor(Array, 'd', 14, b'\x00\x00\x80\x3f'),
      array._array_reconstructor(Array, 'u', 20, b'z\x00\x00\x00'))
for args in [(Array, 'x', 8, b''), (Array, 'i', 99, b''), (1, 'i', 8, b''), (Array, 'i', 8, 'text'), (Array, 'i', 1, b'\x01')]:
    print(attempt(array._array_reconstructor, *args))
print(Array('d', [1.0]).__sizeof__(), attempt(Array('i').__reduce_ex__, 'x'))
grown = Array('b')
for value in range(20):
    grown.append(value)
print(grown.__sizeof__())

# Registered as a mutable sequence, and a sequence for match.
import collections.abc
print(isinstance(Array('i'), collections.abc.MutableSequence))
match Array('i', [1, 2, 3]):
    case [first, *rest]:
        print('matched', first, rest)
