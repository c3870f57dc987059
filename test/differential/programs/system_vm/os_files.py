# os on a scratch directory: making, listing, stat-ing, renaming and removing files and
# directories, links, permissions, times, and the OSError each failure raises.
import os
import stat
import tempfile


def attempt(label, action):
    try:
        result = action()
    except OSError as error:
        print(label, '->', type(error).__name__, error.errno, error.strerror,
              error.filename and os.path.basename(error.filename),
              error.filename2 and os.path.basename(error.filename2))
    else:
        print(label, '->', result)


with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    print(os.getcwd() == os.path.realpath(top), os.listdir('.'))

    os.mkdir('sub')
    os.makedirs('sub/deep/er')
    with open('sub/a.txt', 'w') as f:
        f.write('hello\n')
    with open('sub/b.bin', 'wb') as f:
        f.write(bytes(range(10)))
    print(sorted(os.listdir('sub')), sorted(os.listdir(b'sub')))

    st = os.stat('sub/a.txt')
    print(type(st).__name__, len(st), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_size, st[6])
    print(st.st_nlink, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st[8] == int(st.st_mtime))
    print(st.st_mtime_ns // 10**9 == st[8], stat.S_IMODE(os.stat('sub').st_mode) & 0o700 == 0o700)
    print(os.path.getsize('sub/b.bin'), os.path.isfile('sub/a.txt'), os.path.isdir('sub/deep'), os.path.exists('nope'))

    os.utime('sub/a.txt', (1_000_000_000, 1_500_000_000))
    st = os.stat('sub/a.txt')
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8])
    os.utime('sub/a.txt', ns=(2_000_000_000_000_000_000, 3_000_000_000_000_000_000))
    print(os.stat('sub/a.txt').st_mtime_ns, os.path.getmtime('sub/a.txt'))

    os.chmod('sub/b.bin', 0o640)
    print(oct(stat.S_IMODE(os.stat('sub/b.bin').st_mode)), stat.filemode(os.stat('sub/b.bin').st_mode))
    print(os.access('sub/a.txt', os.R_OK), os.access('nope', os.F_OK), os.access('sub', os.X_OK))

    os.symlink('a.txt', 'sub/link')
    print(os.readlink('sub/link'), os.readlink(b'sub/link'), os.path.islink('sub/link'), os.path.islink('sub/a.txt'))
    print(stat.S_ISLNK(os.lstat('sub/link').st_mode), stat.S_ISREG(os.stat('sub/link').st_mode))
    print(os.stat('sub/link', follow_symlinks=False).st_mode == os.lstat('sub/link').st_mode)
    os.link('sub/a.txt', 'sub/hard')
    print(os.stat('sub/a.txt').st_nlink, os.path.samefile('sub/a.txt', 'sub/hard'))

    os.rename('sub/hard', 'sub/renamed')
    os.replace('sub/renamed', 'sub/b.bin')
    print(sorted(os.listdir('sub')))
    os.truncate('sub/b.bin', 3)
    print(os.path.getsize('sub/b.bin'))

    attempt('stat missing', lambda: os.stat('missing.txt'))
    attempt('mkdir existing', lambda: os.mkdir('sub'))
    attempt('rmdir non-empty', lambda: os.rmdir('sub'))
    attempt('unlink directory', lambda: os.unlink('sub'))
    attempt('listdir file', lambda: os.listdir('sub/a.txt'))
    attempt('rename missing', lambda: os.rename('missing', 'other'))
    attempt('link existing', lambda: os.link('sub/a.txt', 'sub/b.bin'))
    attempt('symlink existing', lambda: os.symlink('x', 'sub/a.txt'))
    attempt('readlink regular', lambda: os.readlink('sub/a.txt'))
    attempt('chdir file', lambda: os.chdir('sub/a.txt'))
    attempt('open missing', lambda: os.open('missing', os.O_RDONLY))
    attempt('bytes name', lambda: os.stat(b'missing'))
    attempt('remove missing', lambda: os.remove('missing'))

    for bad in (None, 3.5, ['x']):
        try:
            os.mkdir(bad)
        except TypeError as error:
            print('TypeError', error)
    try:
        os.stat('a\0b')
    except ValueError as error:
        print('ValueError', error)

    os.remove('sub/link')
    os.unlink('sub/b.bin')
    os.removedirs('sub/deep/er')
    print(sorted(os.listdir('sub')))
    os.remove('sub/a.txt')
    os.rmdir('sub')
    print(os.listdir(top))
    os.chdir('/')
