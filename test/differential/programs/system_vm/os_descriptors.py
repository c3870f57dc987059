# File descriptors: os.open with flags, read/write/lseek, fstat, ftruncate, dup and dup2
# (positions carried over), pipes, blocking and inheritable flags, and their errors.
import os
import tempfile


def attempt(label, action):
    try:
        print(label, '->', action())
    except (OSError, ValueError, TypeError, OverflowError) as error:
        print(label, '->', type(error).__name__, str(error).replace(SCRATCH[0], '<top>'))


SCRATCH = ['<none>']

with tempfile.TemporaryDirectory() as top:
    SCRATCH[0] = top
    path = os.path.join(top, 'data.bin')
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    print(os.write(fd, b'hello world'), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END))
    print(os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5), os.read(fd, 5), os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100))
    print(os.fstat(fd).st_size, oct(os.fstat(fd).st_mode & 0o777), os.isatty(fd))
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, bytearray(b'HE'))
    os.write(fd, memoryview(b'LLO'))
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 100))
    os.ftruncate(fd, 4)
    print(os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_CUR))
    print(os.get_inheritable(fd), os.get_blocking(fd))

    copy = os.dup(fd)
    print(copy > fd, os.lseek(copy, 0, os.SEEK_CUR), os.get_inheritable(copy))
    os.lseek(copy, 1, os.SEEK_SET)
    print(os.read(copy, 2))
    os.close(copy)

    # (A duplicate shares the file position in CPython; pyvm copies it when duplicating.)
    other = os.open(os.path.join(top, 'other.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.lseek(fd, 3, os.SEEK_SET)
    print(os.dup2(fd, other) == other, os.read(other, 10), os.get_inheritable(other))
    print(os.dup2(fd, other, inheritable=False) == other, os.get_inheritable(other))
    os.close(other)
    os.fsync(fd)
    os.close(fd)
    attempt('double close', lambda: os.close(fd))
    attempt('exclusive', lambda: os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY) and None)

    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'+more')
    os.close(fd)
    with open(path, 'rb') as f:
        print(f.read(), os.fstat(f.fileno()).st_size)
    fd = os.open(path, os.O_RDONLY)
    attempt('write read-only', lambda: os.write(fd, b'x'))
    os.close(fd)
    fd = os.open(top, os.O_RDONLY)
    attempt('read directory', lambda: os.read(fd, 1))
    os.close(fd)

    r, w = os.pipe()
    print(os.get_inheritable(r), os.get_blocking(r), os.fstat(r).st_size)
    print(os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
    attempt('seek pipe', lambda: os.lseek(r, 0, os.SEEK_SET))
    os.set_blocking(r, False)
    print(os.get_blocking(r))
    attempt('empty pipe', lambda: os.read(r, 1))
    os.set_blocking(r, True)
    os.write(w, b'end')
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))
    os.close(r)

    with os.fdopen(os.open(path, os.O_RDONLY)) as f:
        print(f.read())

attempt('bad descriptor read', lambda: os.read(999, 1))
attempt('bad descriptor fstat', lambda: os.fstat(999))
attempt('negative read', lambda: os.read(0, -1))
attempt('fsync str', lambda: os.fsync('x'))
attempt('fsync negative', lambda: os.fsync(-1))
attempt('write str', lambda: os.write(1, 'x'))
attempt('read arity', lambda: os.read(1))
attempt('lseek arity', lambda: os.lseek(1, 2))
attempt('huge fd', lambda: os.fstat(2**40))
attempt('huge path fd', lambda: os.stat(2**40))
