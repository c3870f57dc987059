# marshal: values and code objects round-trip; data written by CPython reads back.
import marshal

values = [0, -1, 2**31, -(2**62), 10**40, -(10**40), 1.5, float('inf'), -0.0, 3j, 1 + 2j, 'text', 'ünïcödé', '\U0001f600',
          b'\x00\xff', bytearray(b'ab'), (), (1, ('nested', None)), [1, [2]], {'k': [1, 2], 3: ()}, {1, 2}, frozenset({'a'}),
          None, True, False, ..., StopIteration]
for value in values:
    back = marshal.loads(marshal.dumps(value))
    print(type(back).__name__, back == value or back is value, repr(back)[:40])
print(marshal.version, marshal.loads(marshal.dumps(5, 0)), marshal.loads(marshal.dumps(2.5, 1)))

# Written by CPython 3.11 (marshal.dumps((1, 'abc', 2.5, None, [1], {'a': b'x'}, frozenset(), 10**20, -5, 'é'))).
cpython = (b')\n\xe9\x01\x00\x00\x00\xda\x03abc\xe7\x00\x00\x00\x00\x00\x00\x04@N[\x01\x00\x00\x00r\x00\x00\x00\x00{\xda\x01a'
           b'\xf3\x01\x00\x00\x00x0>\x00\x00\x00\x00\xec\x05\x00\x00\x00\x00\x00 F\xb5x:^V\x00\xe9\xfb\xff\xff\xff\xf5\x02\x00\x00\x00\xc3\xa9')
print(marshal.loads(cpython))
print(marshal.loads(cpython + b'trailing bytes are ignored')[-1])


def sample(a, b=2, *rest, key, **extra):
    squares = [n * n for n in range(a)]
    return squares, b, rest, key, extra, 'const', (1, 2), frozenset({'x'})


code = marshal.loads(marshal.dumps(sample.__code__))
print(code == sample.__code__, code.co_name, code.co_qualname, code.co_varnames, code.co_argcount, code.co_kwonlyargcount)
rebuilt = type(sample)(code, globals(), 'sample', sample.__defaults__)
print(rebuilt(3, key='k', z=1))

for bad in [b'', b'i\x01', b'\x01', b'r\x00\x00\x00\x00', b'(\x02\x00\x00\x00N']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError, TypeError) as error:
        print(type(error).__name__, error)
for unmarshallable in [object(), [object()], len]:
    try:
        marshal.dumps(unmarshallable)
    except ValueError as error:
        print(error)
try:
    marshal.loads('str')
except TypeError as error:
    print(error)

import io
stream = io.BytesIO()
marshal.dump({'first': 1}, stream)
marshal.dump(['second'], stream)
stream.seek(0)
print(marshal.load(stream), marshal.load(stream), stream.read())
