# The errors of file objects: missing files and directories, invalid modes and
# arguments, operations on closed or detached streams, operations a mode does not allow.
import io
import os
import shutil
import tempfile

DIRECTORY = tempfile.mkdtemp()


def scratch(name):
    return os.path.join(DIRECTORY, name)


def cleanup():
    shutil.rmtree(DIRECTORY)


P = scratch('a.txt')


def attempt(label, action):
    try:
        result = action()
        print(label, '->', repr(result).replace(P, '<P>'))
    except Exception as error:
        print(label, '!', type(error).__name__, str(error).replace(P, '<P>'))


try:
    open('no_such_file.txt')
except FileNotFoundError as error:
    print(type(error).__name__, error, error.errno, error.strerror, error.filename, error.args)
except OSError:
    print('wrong class')
attempt('missing dir', lambda: open('no_such_dir/x.txt', 'w'))
attempt('missing bytes path', lambda: open(b'no_such_file.bin', 'rb'))
attempt('directory', lambda: open('/tmp'))
attempt('directory for writing', lambda: open('/tmp', 'w'))
attempt('FileIO missing', lambda: io.FileIO('no_such_file.txt'))
with open(P, 'w') as f:
    f.write('data\n')
attempt('exclusive', lambda: open(P, 'x'))

for mode in ['rw', 'rr', 'q', 'U', 'rbt', 'b', 't', '+', 'ra+', 'x+b+']:
    attempt(f'mode {mode!r}', lambda: open(P, mode))
attempt('mode int', lambda: open(P, 5))
attempt('binary encoding', lambda: open(P, 'rb', encoding='utf-8'))
attempt('binary errors', lambda: open(P, 'rb', errors='strict'))
attempt('binary newline', lambda: open(P, 'rb', newline=''))
attempt('unbuffered text', lambda: open(P, 'r', buffering=0))
attempt('bad encoding', lambda: open(P, encoding='no-such-codec'))
attempt('encoding int', lambda: open(P, encoding=1))
attempt('bad newline', lambda: open(P, newline='x'))
attempt('file float', lambda: open(1.5))
attempt('file list', lambda: open([]))
attempt('file None', lambda: open(None))
attempt('negative fd', lambda: open(-1))
attempt('closefd with name', lambda: open(P, closefd=False))
attempt('opener not int', lambda: open(P, opener=lambda path, flags: 'x'))
attempt('opener negative', lambda: open(P, opener=lambda path, flags: -2))
attempt('unknown keyword', lambda: open(P, bogus=1))
attempt('FileIO mode', lambda: io.FileIO(P, 'rt'))
attempt('FileIO mode 2', lambda: io.FileIO(P, 'rw'))
attempt('FileIO mode type', lambda: io.FileIO(P, 3))

for mode in ['r', 'rb', 'w', 'wb']:
    f = open(P, mode)
    f.close()
    print(mode, f.closed, repr(f).replace(P, '<P>'))
    for name, action in [('read', lambda: f.read()), ('readline', lambda: f.readline()), ('write', lambda: f.write('x' if 'b' not in mode else b'x')),
                         ('seek', lambda: f.seek(0)), ('tell', lambda: f.tell()), ('flush', lambda: f.flush()), ('iter', lambda: iter(f)),
                         ('next', lambda: next(f)), ('with', lambda: f.__enter__()), ('fileno', lambda: f.fileno()),
                         ('truncate', lambda: f.truncate()), ('readable', lambda: f.readable()), ('close', lambda: f.close())]:
        attempt(f'  closed {name}', action)
raw = io.FileIO(P)
raw.close()
for name in ['read', 'readall', 'tell', 'fileno', 'readable', 'seekable', 'isatty']:
    attempt(f'closed FileIO {name}', getattr(raw, name))
attempt('closed FileIO repr', lambda: repr(raw))

with open(P) as f:
    attempt('write to reader', lambda: f.write('x'))
    attempt('truncate reader', lambda: f.truncate())
    attempt('readline None', lambda: f.readline(None))
    attempt('read float', lambda: f.read(1.5))
with open(P, 'w') as f:
    attempt('read from writer', lambda: f.read())
    attempt('readline from writer', lambda: f.readline())
    attempt('next from writer', lambda: next(f))
    attempt('write bytes', lambda: f.write(b'x'))
    attempt('write int', lambda: f.write(3))
    attempt('seek cur', lambda: f.seek(1, 1))
    attempt('seek end', lambda: f.seek(-1, 2))
    attempt('seek whence', lambda: f.seek(0, 7))
    attempt('seek negative', lambda: f.seek(-3))
with open(P, 'rb') as f:
    attempt('binary write', lambda: f.write(b'x'))
    attempt('binary write str', lambda: f.read(-2))
    attempt('read1 None', lambda: f.read1(None))
    attempt('seek whence', lambda: f.seek(0, 9))
    attempt('readinto bytes', lambda: f.readinto(b'xx'))
with open(P, 'wb') as f:
    attempt('write str', lambda: f.write('text'))
    attempt('read', lambda: f.read())
    attempt('truncate', lambda: f.truncate(2))

t = io.TextIOWrapper(io.BytesIO(b'abc'))
buffer = t.detach()
print(type(buffer).__name__, t.buffer, repr(t))
for name in ['read', 'readline', 'tell', 'flush', 'close', 'fileno', 'detach']:
    attempt(f'detached {name}', getattr(t, name))
attempt('detached name', lambda: t.name)
attempt('detached encoding', lambda: t.encoding)
attempt('uninitialized text', lambda: io.TextIOWrapper.__new__(io.TextIOWrapper).read())
attempt('uninitialized repr', lambda: repr(io.TextIOWrapper.__new__(io.TextIOWrapper)))
attempt('uninitialized buffered', lambda: io.BufferedReader.__new__(io.BufferedReader).read())
br = io.BufferedReader(io.BytesIO(b'x'))
br.detach()
attempt('detached buffered', lambda: br.read())
attempt('detached buffered repr', lambda: repr(br))
attempt('buffer size', lambda: io.BufferedReader(io.BytesIO(), 0))
attempt('not readable', lambda: io.BufferedReader(open(P, 'wb')))
attempt('not writable', lambda: io.BufferedWriter(open(P, 'rb')))
attempt('text args', lambda: io.TextIOWrapper(io.BytesIO(), errors=3))
attempt('text newline', lambda: io.TextIOWrapper(io.BytesIO(), newline='\n\r'))
attempt('text chunk', lambda: setattr(io.TextIOWrapper(io.BytesIO()), '_CHUNK_SIZE', 0))
attempt('reconfigure after read', lambda: (lambda w: (w.read(1), w.reconfigure(encoding='latin-1')))(io.TextIOWrapper(io.BytesIO(b'ab'))))
attempt('reconfigure positional', lambda: io.TextIOWrapper(io.BytesIO()).reconfigure('utf-8'))
attempt('StringIO newline', lambda: io.StringIO(newline='x'))
attempt('StringIO value', lambda: io.StringIO(b'x'))
attempt('StringIO write', lambda: io.StringIO().write(1))
attempt('StringIO seek', lambda: io.StringIO().seek(1, 1))
attempt('StringIO whence', lambda: io.StringIO().seek(0, 4))
attempt('StringIO negative', lambda: io.StringIO().seek(-1))
attempt('BytesIO value', lambda: io.BytesIO('text'))
attempt('BytesIO write', lambda: io.BytesIO().write('text'))
attempt('BytesIO negative', lambda: io.BytesIO().seek(-1))
attempt('BytesIO whence', lambda: io.BytesIO().seek(0, 3))
attempt('BytesIO truncate', lambda: io.BytesIO().truncate(-1))
attempt('BytesIO readlines', lambda: io.BytesIO().readlines('x'))
attempt('IOBase seek', lambda: io.IOBase().seek(0))
attempt('IOBase fileno', lambda: io.IOBase().fileno())
attempt('RawIOBase read', lambda: io.RawIOBase().read(1))
attempt('BufferedIOBase read', lambda: io.BufferedIOBase().read())
attempt('TextIOBase write', lambda: io.TextIOBase().write('x'))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError), io.UnsupportedOperation.__module__)

cleanup()
