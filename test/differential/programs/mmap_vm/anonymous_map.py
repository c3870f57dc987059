# An anonymous mmap: indexing, slicing, the file position, searching, resizing, memoryview,
# the context manager, and the errors CPython raises.
import mmap

m = mmap.mmap(-1, 16)
print(type(m), len(m), m[:4], m[0], repr(m))
m[0:3] = b'abc'
m[5] = 65
print(m[:8], m.find(b'c'), m.rfind(b'\0'), m.tell())
print(m.read(2), m.tell(), m.read_byte(), m.readline())
m.seek(0)
print(m.write(b'xy\nz'), m.tell(), m[:6])
m.seek(0)
print(m.readline(), m.readline())
print(m[-1], m[::3], m[10:2:-2])


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


attempt('index', lambda: m[16])
attempt('item range', lambda: m.__setitem__(0, 256))
attempt('item type', lambda: m.__setitem__(0, b'a'))
attempt('slice size', lambda: m.__setitem__(slice(0, 2), b'a'))
attempt('seek', lambda: m.seek(17))
attempt('whence', lambda: m.seek(0, 3))
attempt('write', lambda: m.write(b'x' * 20))
attempt('negative length', lambda: mmap.mmap(-1, -1))
attempt('empty', lambda: mmap.mmap(-1, 0))
attempt('delete', lambda: m.__delitem__(0))
attempt('key', lambda: m['a'])
attempt('both', lambda: mmap.mmap(-1, 4, access=mmap.ACCESS_READ, prot=mmap.PROT_READ))
attempt('access', lambda: mmap.mmap(-1, 4, access=9))
attempt('write_byte', lambda: m.write_byte(300))
attempt('move', lambda: m.move(0, 10, 10))
attempt('flush range', lambda: m.flush(0, 17))
print(m.flush(), m.flush(0, 16))
m.move(8, 0, 4)
print(m[:12])
m.resize(32)
print(len(m), m[28:])
view = memoryview(m)
print(view.format, view.nbytes, view.readonly)
view[1] = 66
ints = view.cast('i')
ints[2] = 0x01020304
print(m[:12], ints[0])
view.release()
ints.release()
with mmap.mmap(-1, 3) as short:
    print(short.closed)
print(short.closed, repr(short))
attempt('closed', lambda: short[0])
attempt('closed len', lambda: len(short))
readonly = mmap.mmap(-1, 8, prot=mmap.PROT_READ)
print(repr(readonly))
attempt('readonly', lambda: readonly.write(b'a'))
attempt('readonly resize', lambda: readonly.resize(4))
print(mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY, mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANONYMOUS,
      mmap.PROT_READ, mmap.PROT_WRITE, mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.error)
