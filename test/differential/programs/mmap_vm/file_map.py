# mmap of a file: the file's bytes, written back on flush() and close(); two maps of one
# file share their memory; ACCESS_READ and ACCESS_COPY; offsets; errors about sizes.
import mmap
import os
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b'hello world')


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


m = mmap.mmap(fd, 0)
print(repr(m), m.size(), len(m), m[:])
attempt('too long', lambda: mmap.mmap(fd, 20))
attempt('unaligned', lambda: mmap.mmap(fd, 5, offset=3))
attempt('negative offset', lambda: mmap.mmap(fd, 5, offset=-1))
attempt('bad fd', lambda: mmap.mmap(987, 5))
reader = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
print(repr(reader))
attempt('read-only item', lambda: reader.__setitem__(0, 1))
m[0:5] = b'HELLO'
print(m.flush())
with open(path, 'rb') as f:
    print(f.read())
print(reader[:5])
copy = mmap.mmap(fd, 0, access=mmap.ACCESS_COPY)
copy[0] = 106
print(copy[:5], m[:5])
other = mmap.mmap(fd, 0)
other[6:11] = b'WORLD'
print(m[:])
m.seek(0, 2)
print(m.tell(), m.read(), m.find(b'O'), m.find(b'O', 0), m.rfind(b'O', 0))
m.close()
other.close()
reader.close()
copy.close()
with open(path, 'rb') as f:
    print(f.read())
os.ftruncate(fd, 0)
attempt('empty file', lambda: mmap.mmap(fd, 0))
os.ftruncate(fd, 2 * mmap.PAGESIZE)
page = mmap.mmap(fd, 10, offset=mmap.PAGESIZE)
page[0:2] = b'zz'
print(repr(page))
page.close()
with open(path, 'rb') as f:
    f.seek(mmap.PAGESIZE)
    print(f.read(3))
attempt('offset at end', lambda: mmap.mmap(fd, 0, offset=2 * mmap.PAGESIZE))
os.close(fd)
os.unlink(path)
