# pathlib, shutil and tempfile over the posix module: paths made, read, written,
# iterated, globbed, copied, moved and removed; temporary files and directories.
import os
import pathlib
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix='pyvm-') as name:
    top = pathlib.Path(name)
    print(top.exists(), top.is_dir(), top.name.startswith('pyvm-'), top.parent == pathlib.Path(tempfile.gettempdir()))
    (top / 'a' / 'b').mkdir(parents=True)
    (top / 'a' / 'b').mkdir(parents=True, exist_ok=True)
    try:
        (top / 'a').mkdir()
    except FileExistsError as error:
        print('FileExistsError', error.errno)
    text = top / 'a' / 'notes.txt'
    print(text.write_text('line one\nline two\n'), text.read_text().splitlines(), text.stat().st_size)
    data = top / 'a' / 'b' / 'blob.bin'
    print(data.write_bytes(bytes(range(5))), data.read_bytes(), data.suffix, data.stem, data.relative_to(top))
    (top / 'empty.txt').touch()
    print(sorted(p.name for p in top.iterdir()), sorted(str(p.relative_to(top)) for p in top.rglob('*')))
    print(sorted(p.name for p in top.glob('*/*.txt')), [p.name for p in top.glob('nothing')])
    with text.open('a') as f:
        f.write('line three\n')
    print(len(text.read_text().splitlines()), text.is_file(), text.is_symlink(), (top / 'missing').exists())
    link = top / 'link'
    link.symlink_to(text)
    print(link.is_symlink(), link.resolve() == text.resolve(), os.readlink(link) == str(text), link.read_text() == text.read_text())
    moved = text.rename(top / 'moved.txt')
    print(moved.name, text.exists(), moved.exists(), link.exists())
    link.unlink()
    mask = os.umask(0)
    os.umask(mask)
    print(moved.stat().st_mode & 0o777 == 0o666 & ~mask)
    moved.chmod(0o600)
    print(oct(moved.stat().st_mode & 0o777), pathlib.Path('~').expanduser() == pathlib.Path.home())
    print(pathlib.Path.cwd() == pathlib.Path(os.getcwd()), (top / '.' / 'a' / '..').resolve() == top.resolve())

    copy = shutil.copy(moved, top / 'copy.txt')
    print(pathlib.Path(copy).name, pathlib.Path(copy).read_text() == moved.read_text())
    shutil.copy2(moved, top / 'copy2.txt')
    print(os.stat(top / 'copy2.txt').st_mtime == os.stat(moved).st_mtime)
    shutil.copytree(top / 'a', top / 'tree')
    print(sorted(str(p.relative_to(top / 'tree')) for p in (top / 'tree').rglob('*')))
    shutil.move(str(top / 'tree'), str(top / 'moved_tree'))
    print(sorted(os.listdir(top)))
    archive = shutil.make_archive(str(top / 'arch'), 'tar', root_dir=top / 'moved_tree')
    print(os.path.basename(archive), os.path.getsize(archive) > 0)
    shutil.rmtree(top / 'moved_tree')
    print(sorted(os.listdir(top)), shutil.disk_usage(top).total > 0, shutil.which('sh') is not None)
    print(shutil.get_terminal_size((33, 11)))

    with tempfile.NamedTemporaryFile('w+', dir=top, suffix='.log', delete=False) as f:
        f.write('temporary')
        f.seek(0)
        print(f.read(), f.name.endswith('.log'), os.path.dirname(f.name) == str(top))
    print(os.path.exists(f.name))
    os.unlink(f.name)
    with tempfile.TemporaryFile() as f:
        f.write(b'anonymous')
        f.seek(0)
        print(f.read())
    handle, path = tempfile.mkstemp(dir=top, prefix='m-')
    os.write(handle, b'x')
    os.close(handle)
    print(os.path.basename(path).startswith('m-'), os.path.getsize(path))
    inner = tempfile.mkdtemp(dir=top)
    print(os.path.isdir(inner), oct(os.stat(inner).st_mode & 0o777))
    with tempfile.SpooledTemporaryFile(max_size=4) as f:
        f.write(b'spooled data')
        f.seek(0)
        print(f.read())
print(os.path.exists(name))
