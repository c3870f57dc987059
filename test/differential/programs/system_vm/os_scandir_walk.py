# os.scandir's DirEntry objects, os.walk top-down and bottom-up, os.fwalk, listdir of a
# descriptor, and glob/fnmatch over the same tree.
import fnmatch
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as top:
    for directory in ('pkg/sub', 'pkg/empty', 'docs'):
        os.makedirs(os.path.join(top, directory))
    for name in ('pkg/__init__.py', 'pkg/mod.py', 'pkg/sub/x.txt', 'docs/readme.md', 'top.py'):
        with open(os.path.join(top, name), 'w') as f:
            f.write(name * 3)
    os.symlink('pkg/mod.py', os.path.join(top, 'link.py'))
    os.symlink('missing', os.path.join(top, 'dangling'))
    os.symlink('docs', os.path.join(top, 'docs_link'))

    with os.scandir(top) as entries:
        rows = sorted(entries, key=lambda entry: entry.name)
    for entry in rows:
        print(repr(entry), entry.name, entry.path == os.path.join(top, entry.name),
              entry.is_dir(), entry.is_file(), entry.is_symlink(),
              entry.is_dir(follow_symlinks=False), entry.is_file(follow_symlinks=False))
        if entry.name != 'dangling':
            print('  ', entry.stat().st_size if entry.is_file() else '-', entry.inode() == entry.stat(follow_symlinks=False).st_ino,
                  os.fspath(entry) == entry.path)
    try:
        rows[1].stat()
    except FileNotFoundError as error:
        print('dangling stat:', error.errno, os.path.basename(error.filename))

    os.chdir(top)
    print(sorted(entry.path for entry in os.scandir()))
    print(sorted(entry.path for entry in os.scandir(b'pkg')))
    iterator = os.scandir('docs')
    print(next(iterator).name)
    iterator.close()
    print(list(iterator))
    try:
        os.DirEntry()
    except TypeError as error:
        print(error)

    for root, dirs, files in os.walk('.'):
        dirs.sort()
        print(root, dirs, sorted(files))
    print([root for root, dirs, files in os.walk('pkg', topdown=False)])
    print(sorted(os.path.relpath(root) for root, _, _ in os.walk('.', followlinks=True)))
    for root, dirs, files, fd in os.fwalk('pkg'):
        print('fwalk', root, sorted(dirs), sorted(files), sorted(os.listdir(fd)))

    fd = os.open('pkg', os.O_RDONLY)
    print(sorted(os.listdir(fd)), sorted(entry.name for entry in os.scandir(fd)))
    os.close(fd)

    print(sorted(glob.glob('**/*.py', recursive=True)))
    print(sorted(glob.glob('pkg/*')), sorted(glob.glob('*.md')), glob.glob('nothing*'))
    print(sorted(glob.iglob('*/*.txt')), sorted(glob.glob('**/', recursive=True)))
    print(fnmatch.filter(sorted(os.listdir('pkg')), '*.py'), fnmatch.fnmatch('X.PY', '*.py'), fnmatch.fnmatchcase('X.PY', '*.py'))
    os.chdir('/')
