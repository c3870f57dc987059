# memoryview.cast, item formats, multi-dimensional views and their errors.
import array


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


buffer = bytearray(range(16))
words = memoryview(buffer).cast('I')
print(words.format, words.itemsize, words.nbytes, len(words), words.shape, words.strides, words.tolist())
words[1] = 0xDEADBEEF
print(buffer.hex(), words[1], words[-1], list(words[::2]), words[::-1].tolist())
for value in ['x', 2**40, -1, 1.5, True]:
    attempt(f'store {value!r}', lambda: words.__setitem__(0, value))

for code in 'bBhHiIlLqQnNPfd?c':
    view = memoryview(bytearray(b'\x81\x02\x03\x04\x05\x06\x07\x08')).cast(code)
    print(code, view.itemsize, view.tolist())

floats = memoryview(bytearray(16)).cast('f')
for value in [1e300, 2**2000, float('inf'), 3.4e38, 1, True, '1']:
    attempt(f'float {value!r}', lambda: (floats.__setitem__(0, value), floats[0])[1])
doubles = memoryview(bytearray(16)).cast('@d')
doubles[1] = 2.5
print(doubles.format, doubles.tolist())

chars = memoryview(bytearray(b'ab')).cast('c')
for value in [b'xy', 1, bytearray(b'z'), b'q']:
    attempt(f'char {value!r}', lambda: chars.__setitem__(0, value))
print(chars.tolist(), chars[1], chars.hex())
flags = memoryview(bytearray(3)).cast('?')
flags[0] = [1]
flags[2] = ''
print(flags.tolist())
pointers = memoryview(bytearray(16)).cast('P')
pointers[1] = -1
print(pointers.tolist())

for fmt in ['x', '<i', '@i', 'ii', 's', 'e', 'P']:
    attempt(f'cast {fmt}', lambda: memoryview(bytearray(8)).cast(fmt).tolist())
attempt('non-byte', lambda: memoryview(bytearray(8)).cast('I').cast('h'))
attempt('length', lambda: memoryview(bytearray(7)).cast('I'))
attempt('strided', lambda: memoryview(bytearray(8))[::2].cast('I'))
attempt('format type', lambda: memoryview(b'ab').cast(5))
attempt('too many', lambda: memoryview(b'ab').cast('B', [2], 'x'))
attempt('back to bytes', lambda: memoryview(b'abcdefgh').cast('I').cast('B').tolist())

grid = memoryview(bytearray(range(6))).cast('B', [2, 3])
print(grid.shape, grid.strides, grid.ndim, grid.tolist(), grid[1, 2], len(grid), grid.nbytes)
print(grid.c_contiguous, grid.f_contiguous, grid.contiguous, grid.tobytes('F'), grid.tobytes('A'), bytes(grid))
print(grid[0:1].tolist(), grid[::-1].tolist(), grid[::-1].c_contiguous, grid == grid.cast('B'), grid.cast('B', [6]).tolist())
for key in [0, (0,), (0, 0, 0), (0, 5), (slice(0, 1), slice(0, 1)), 'k']:
    attempt(f'grid[{key!r}]', lambda: grid[key])
for key, value in [(0, 1), ((0, 1), 9), (slice(0, 1), b'abc'), ((0,), 1), ((1, -1), 7)]:
    attempt(f'grid[{key!r}] =', lambda: (grid.__setitem__(key, value), grid.tolist())[1])
attempt('iterate grid', lambda: list(grid))
attempt('recast grid', lambda: grid.cast('B', [3, 2]))
attempt('grid slice cast', lambda: grid[::-1].cast('B'))
for shape in [[2, 4], (0, 6), [2, 'x'], 5, [2, 3]]:
    attempt(f'shape {shape!r}', lambda: memoryview(bytearray(6)).cast('B', shape).shape)
attempt('zeros', lambda: memoryview(b'').cast('B', [1]))
print(memoryview(b'').cast('I').tolist())

scalar = memoryview(bytearray(4)).cast('i', shape=[])
print(scalar.ndim, scalar.shape, scalar.strides, scalar.tolist(), scalar[()], scalar[...] is scalar, scalar.c_contiguous)
scalar[()] = 5
scalar[...] = scalar[()] + 1
print(scalar.tolist())
for action in [lambda: scalar[0], lambda: len(scalar), lambda: list(scalar)]:
    attempt('scalar', action)

readonly = memoryview(b'abcd').cast('I')
attempt('hash I', lambda: hash(readonly))
print(hash(memoryview(b'ab').cast('c')) == hash(b'ab'), hash(memoryview(b'ab').cast('b')) == hash(b'ab'))
attempt('write readonly', lambda: readonly.__setitem__(0, 1))

print(memoryview(b'\xff').cast('b').tolist(), memoryview(b'\xff').cast('b') == memoryview(b'\xff'), memoryview(b'\x01').cast('b') == b'\x01')
nan = memoryview(bytearray(8)).cast('d')
nan[0] = float('nan')
print(nan == nan, memoryview(bytearray(4)).cast('f') == memoryview(bytearray(4)).cast('f'))
print(2 in memoryview(b'\x02\0\0\0').cast('i'), memoryview(b'abcd').cast('H').tolist())

halves = memoryview(bytearray(8)).cast('H')
halves[1:3] = memoryview(b'\x01\x00\x02\x00').cast('H')
print(halves.tolist())
attempt('mismatch bytes', lambda: halves.__setitem__(slice(0, 2), b'abcd'))
attempt('mismatch signed', lambda: halves.__setitem__(slice(0, 2), memoryview(b'abcd').cast('h')))

numbers = array.array('i', [1, 2, 3])
view = memoryview(numbers)
print(view.format, view.itemsize, view.tolist(), view[1], view.nbytes, view.strides, view[::2].tolist(), view == numbers)
view[0] = -7
print(numbers, view.cast('B').tolist()[:4], memoryview(array.array('d', [1.5])).tolist())
text = memoryview(array.array('u', 'ab'))
print(text.format, text.itemsize, text == text, text.cast('B').tolist())
for action in [lambda: text[0], lambda: list(text), lambda: text.tolist(), lambda: text.cast('I')]:
    attempt('unicode array', action)

import struct
target = memoryview(bytearray(12))[::2]
attempt('pack_into strided', lambda: struct.pack_into('<hh', target, 0, 1, 2))
print(target.tolist())
