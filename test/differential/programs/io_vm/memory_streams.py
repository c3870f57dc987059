# StringIO and BytesIO: reading, writing past the end, seeking, truncating, lines,
# buffers, state, closing, and capturing print output.
import io
import sys


def attempt(action):
    try:
        print(repr(action()))
    except Exception as error:
        print(type(error).__name__, error)


s = io.StringIO('hello\nworld\nlast')
print(s.read(3), s.tell(), repr(s.readline()), repr(s.readline(2)), s.readlines(), repr(s.read()))
print(s.seek(0), s.readlines(8), s.seek(0, 2), s.tell(), s.seek(3), repr(s.read(None)))
print(s.seek(20), s.write('Z'), repr(s.getvalue()), s.tell(), s.truncate(5), repr(s.getvalue()), s.tell())
print(s.truncate(), s.seek(0), s.write('HE'), repr(s.getvalue()), list(s))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors, s.flush())
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value='iv').read()))
e = io.StringIO('\U0001f600ab\U0001f600')
print(e.read(1), e.tell(), e.read(2), e.tell(), e.seek(1), e.read(), e.truncate(2), repr(e.getvalue()), len(e.getvalue()))
print(io.StringIO('x').__getstate__(), io.StringIO('a\nb', newline=None).__getstate__())
u = io.StringIO()
u.__setstate__(('restored\r\n', None, 3, {'extra': 1}))
print(repr(u.getvalue()), u.tell(), u.extra, u.read())

b = io.BytesIO(b'hello\nworld\nlast')
print(b.read(3), b.tell(), b.readline(), b.readline(2), b.readlines(), b.read())
print(b.seek(0), b.readlines(8), b.seek(-4, 2), b.read1(), b.read1(1), b.seek(2, 1))
print(b.seek(20), b.write(b'Z'), b.getvalue(), b.tell(), b.truncate(5), b.getvalue(), b.tell())
print(b.seek(0), b.write(bytearray(b'HE')), b.write(memoryview(b'LL')), b.getvalue(), list(io.BytesIO(b'a\nb\n')))
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf, b.readinto(memoryview(buf)[1:]), buf)
view = b.getbuffer()
print(type(view).__name__, view.nbytes, bytes(view))
view[0] = ord('j')
print(b.getvalue())
print(io.BytesIO(initial_bytes=b'ib').read(), io.BytesIO(bytearray(b'ba')).read(), io.BytesIO(memoryview(b'mv')).read())
print(io.BytesIO(b'q').__getstate__(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
r = io.BytesIO()
r.__setstate__((b'state', 2, None))
print(r.read(), r.tell())
w = io.BytesIO()
w.writelines([b'a', bytearray(b'b'), b'c'])
print(w.getvalue())

for stream in [io.StringIO('x'), io.BytesIO(b'x')]:
    stream.close()
    print(type(stream).__name__, stream.closed)
    for name in ['read', 'readline', 'tell', 'getvalue', 'readable', 'seekable', 'truncate', '__next__']:
        attempt(getattr(stream, name))
    attempt(lambda: stream.seek(0))
    attempt(lambda: type(iter(stream)).__name__)
    attempt(lambda: stream.__enter__())
    attempt(stream.close)

capture = io.StringIO()
print('to a StringIO', 1, [2], file=capture)
print('second', end='', file=capture)
print(repr(capture.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured through sys.stdout')
grabbed = sys.stdout.getvalue()
sys.stdout = saved
print(repr(grabbed))

many = io.StringIO()
for i in range(20000):
    many.write(str(i))
print(len(many.getvalue()), many.tell(), many.getvalue()[-10:])
print(repr(io.StringIO())[:25], repr(io.BytesIO())[:24])

import copy
import pickle
s = io.StringIO('pickled\r\ntext', newline='')
s.read(3)
s.attribute = 'kept'
for clone in [pickle.loads(pickle.dumps(s)), copy.copy(s), copy.deepcopy(s)]:
    print(type(clone).__name__, repr(clone.getvalue()), clone.tell(), clone.attribute, clone.newlines, repr(clone.read()))
b = io.BytesIO(b'pickled bytes')
b.seek(4)
for clone in [pickle.loads(pickle.dumps(b)), copy.copy(b)]:
    print(type(clone).__name__, clone.getvalue(), clone.tell(), clone.read())
