# Binary files: the buffered classes open() returns for each mode, and FileIO itself.
import io
import os
import shutil
import tempfile

DIRECTORY = tempfile.mkdtemp()


def scratch(name):
    return os.path.join(DIRECTORY, name)


def cleanup():
    shutil.rmtree(DIRECTORY)


P = scratch('a.bin')


def show(value):
    print(repr(value).replace(P, '<P>'))


with open(P, 'wb') as f:
    show(f)
    print(f.mode, type(f).__name__, f.raw.mode, f.writable(), f.readable(), f.seekable())
    print(f.write(b'hello\nworld\n'), f.write(bytearray(b'ab')), f.write(memoryview(b'cd')), f.tell())
with open(P, 'rb') as f:
    show(f)
    print(f.read(3), f.peek(2)[:2], f.read1(2), f.tell(), f.readline(), f.readline(2), f.read())
    print(f.read(), f.read1(), f.peek())
    f.seek(0)
    print(list(f))
    f.seek(-4, 2)
    print(f.read(), f.tell(), f.seek(2), f.seek(3, 1), f.read(2))
    buf = bytearray(4)
    f.seek(0)
    print(f.readinto(buf), buf, f.readinto1(memoryview(buf)[1:3]), buf)
with open(P, 'ab') as f:
    print(f.mode, f.tell(), f.write(b'!'), f.tell())
with open(P, 'r+b') as f:
    print(f.mode, type(f).__name__, f.read(5), f.write(b'_'), f.tell(), f.seek(0), f.read())
    print(f.truncate(6), f.tell(), f.seek(0, 2), f.read())
with open(P, 'w+b') as f:
    print(f.mode, f.read(), f.write(b'new'), f.seek(0), f.read())
with open(P, 'rb', buffering=0) as f:
    show(f)
    print(f.mode, f.closefd, f.read(2), f.readall(), f.read(), f.tell())
    f.seek(0)
    print(f.readline(), f.readlines(), f.seekable(), f.readable(), f.writable())
with io.FileIO(P, 'w') as f:
    show(f)
    print(f.write(b'0123456789'), f.tell(), f.seek(3), f.write(b'XY'), f.seek(0, 2), f.truncate(8), f.tell())
with io.FileIO(P, 'r+') as f:
    print(f.mode, f.read(), f.seek(2), f.read(3), f.readinto(bytearray(2)))
with io.FileIO(P, 'a') as f:
    print(f.mode, f.tell(), f.write(b'ab'), f.tell())
print(open(P, 'rb').read())

data = bytes(range(256)) * 100
with open(P, 'wb') as f:
    for i in range(0, len(data), 77):
        f.write(data[i:i + 77])
with open(P, 'rb') as f:
    got = bytearray()
    while True:
        piece = f.read(1000)
        if not piece:
            break
        got += piece
print(len(got), bytes(got) == data)
with open(P, 'rb') as f:
    print(sum(len(line) for line in f))
with open(P, 'rb', buffering=16) as f:
    print(f.read(40)[:5], f.tell(), f.seek(100), f.read(3), f.tell(), f.seek(-50, 1), f.read(2))

cleanup()
