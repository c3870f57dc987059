# ctypes arrays, from_buffer views of a bytearray, pointers, memset/memmove, cast,
# string_at, structures, and pickling.
import pickle
from ctypes import *


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


Triple = c_int * 3
print(Triple, Triple.__name__, Triple._length_, Triple._type_, Triple is c_int * 3, sizeof(Triple), type(Triple))
a = Triple(1, 2)
print(a[:], list(a), len(a), a[0], a[-1], a[1:], a[::-1])
a[2] = 9
a[0:2] = [5, 6]
print(a[:], bytes(a))
attempt('index', lambda: a[3])
attempt('float item', lambda: a.__setitem__(0, 1.5))
attempt('slice size', lambda: a.__setitem__(slice(0, 2), [1]))
attempt('too many', lambda: Triple(1, 2, 3, 4))
attempt('key', lambda: a['x'])
attempt('delete', lambda: a.__delitem__(0))
attempt('negative length', lambda: c_int * -1)
attempt('str length', lambda: c_int * 'a')
attempt('value', lambda: a.value)
text = (c_char * 5)(b'a', b'b')
print(text.value, text.raw, text[:], text[0])
text.value = b'xyz'
print(text.raw)
text.raw = b'12345'
print(text.value)
attempt('too long', lambda: setattr(text, 'value', b'toolong'))
attempt('str value', lambda: setattr(text, 'value', 'x'))
print(create_string_buffer(b'hey').raw, sizeof(create_string_buffer(4)), create_unicode_buffer('hi').value)
memory = bytearray(8)
number = c_int.from_buffer(memory)
number.value = 258
print(memory, number)
shorts = (c_short * 2).from_buffer(memory, 4)
shorts[1] = -1
print(memory)
attempt('readonly buffer', lambda: c_int.from_buffer(bytes(4)))
attempt('small buffer', lambda: c_int.from_buffer(bytearray(2)))
attempt('offset', lambda: c_int.from_buffer(memory, 6))
attempt('negative offset', lambda: c_int.from_buffer(memory, -1))
attempt('not a buffer', lambda: c_int.from_buffer(5))
attempt('strided', lambda: c_int.from_buffer(memoryview(bytearray(8))[::2]))
source = c_int.from_buffer_copy(b'\x01\x00\x00\x00')
memset(addressof(number), 0, 4)
print(memory)
memmove(addressof(shorts), addressof(source), 4)
print(memory, type(memset(addressof(number), 1, 1)))
p = pointer(number)
print(p.contents, p[0], type(p).__name__, type(p))
p[0] = 42
print(number.value, memory)
print(POINTER(c_int).__name__, POINTER(c_int) is POINTER(c_int), bool(POINTER(c_int)()), POINTER(c_int)._type_)
attempt('null item', lambda: POINTER(c_int)()[0])
attempt('null contents', lambda: POINTER(c_int)().contents)
items = cast(a, POINTER(c_int))
print(items[2], cast(a, c_void_p).value == addressof(a), string_at(addressof(text), 3))
view = memoryview(a)
print(view.format, view.shape, view.itemsize, view.nbytes)


class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_double)]


point = Point(1, 2.5)
print(point.x, point.y, sizeof(Point), Point.x, Point.y)
point.x = 7
print(point.x, bytes(point)[:4])
attempt('too many initializers', lambda: Point(1, 2, 3))
print(pickle.loads(pickle.dumps(c_int(5))), pickle.loads(pickle.dumps(c_double(0.5))).value)
print(c_int(1)._objects, c_int(1)._b_base_, number._b_needsfree_, c_int(1)._b_needsfree_)
