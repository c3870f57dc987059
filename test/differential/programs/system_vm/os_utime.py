# os.utime to the nanosecond: int and float seconds (rounded down), ns pairs, times
# before 1970, a symbolic link itself, a descriptor, and shutil.copystat keeping them.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as top:
    path = os.path.join(top, 'file.txt')
    open(path, 'w').close()
    for times in [(1, 2), (1.5, 2.25), (1700000000.123456, 1700000000.987654321), (-5.5, -1), (0.1, 1e9 + 0.3)]:
        os.utime(path, times)
        st = os.stat(path)
        print(st.st_atime_ns, st.st_mtime_ns, st.st_atime, st.st_mtime, st[7], st[8])
    for ns in [(1, 2), (1700000000123456789, 1700000000123456000), (-1, -1500000001)]:
        os.utime(path, ns=ns)
        st = os.stat(path)
        print(st.st_atime_ns, st.st_mtime_ns)
    link = path + '.lnk'
    os.symlink(path, link)
    os.utime(link, ns=(5, 7000), follow_symlinks=False)
    print(os.lstat(link).st_mtime_ns, os.stat(path).st_mtime_ns)
    fd = os.open(path, os.O_RDONLY)
    os.utime(fd, ns=(11, 13))
    print(os.fstat(fd).st_mtime_ns)
    os.close(fd)
    os.utime(path, ns=(1600000000987654321, 1650000000123456789))
    copy = os.path.join(top, 'copy.txt')
    shutil.copy2(path, copy)
    print(os.stat(copy).st_mtime_ns, os.stat(copy).st_mtime == os.stat(path).st_mtime)
    os.utime(path)
    print(os.stat(path).st_mtime > 1650000001)
    for bad in [dict(times=(1, 2), ns=(1, 2)), dict(times=5), dict(ns=(1.5, 2)), dict(times=(1, 'x')), dict(ns=[1, 2])]:
        try:
            os.utime(path, **bad)
        except (TypeError, ValueError) as error:
            print(type(error).__name__, error)
    try:
        os.utime(os.path.join(top, 'missing'), ns=(1, 3))
    except OSError as error:
        print(type(error).__name__, error, error.filename)
