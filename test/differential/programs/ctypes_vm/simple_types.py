# ctypes' fundamental types: values, wrapping, reprs, conversions and their errors.
import ctypes
from ctypes import *


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


print(c_int(5), c_uint(-1), c_byte(200), c_char(b'x'), c_char(65), c_double(1.5), c_float(0.1), c_bool(2))
print(c_long(), c_ulonglong(3), c_short(70000), c_ubyte(-1), c_longlong(1), c_size_t(4), c_int(2 ** 40))
print(c_void_p(), c_void_p(10), c_void_p(2 ** 64), c_char_p(), c_wchar('z'), py_object([1]), py_object())
print(c_char_p(b'ab').value, c_wchar_p('ab').value, c_void_p(5).value, c_char(b'q').value)
attempt('float to int', lambda: c_int(1.5))
attempt('str to int', lambda: c_int('a'))
attempt('str to double', lambda: c_double('a'))
attempt('two bytes', lambda: c_char(b'ab'))
attempt('str char', lambda: c_char('a'))
attempt('two args', lambda: c_int(1, 2))
attempt('char_p str', lambda: c_char_p('s'))
attempt('wchar_p bytes', lambda: c_wchar_p(b'x'))
attempt('void_p str', lambda: c_void_p('x'))
attempt('wchar two', lambda: c_wchar('xy'))
attempt('null object', lambda: py_object().value)
attempt('abstract', lambda: ctypes._SimpleCData())
attempt('hash', lambda: hash(c_int(1)))
attempt('float overflow', lambda: c_float(1e300).value)
x = c_int(3)
x.value = 7
print(x.value, x, bool(x), bool(c_int(0)), c_int(5) == c_int(5))
print(sizeof(x), sizeof(c_int), sizeof(c_double), alignment(c_double), sizeof(c_longdouble), sizeof(c_bool), sizeof(c_char_p))
print(c_int.__name__, c_int._type_, type(c_int), c_int.__mro__)
print(c_int32 is c_int, c_int64 is c_long, c_longlong is c_long, c_uint8 is c_ubyte)
attempt('sizeof int', lambda: sizeof(5))
attempt('alignment', lambda: alignment(5))
attempt('addressof', lambda: addressof(5))
attempt('byref', lambda: byref(5))


class MyInt(c_int):
    pass


print(type(MyInt(4).value), MyInt(4).value, repr(MyInt(4)).startswith('<MyInt object at 0x'))
grown = c_int(1)
attempt('resize small', lambda: resize(grown, 2))
resize(grown, 8)
print(sizeof(grown), grown)
print(set_errno(5), get_errno(), set_errno(0))
print(bytes(c_int(258)), c_int.from_buffer_copy(b'\x01\x00\x00\x00xx'))
attempt('copy short', lambda: c_int.from_buffer_copy(b'\x01'))
attempt('copy negative', lambda: c_int.from_buffer_copy(b'1234', -1))
