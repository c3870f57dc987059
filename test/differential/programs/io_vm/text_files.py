# Text files through open(): modes, attributes, reprs, reading by line and by size,
# iteration, appending, updating, print(file=...) and the with statement.
import os
import shutil
import tempfile

DIRECTORY = tempfile.mkdtemp()


def scratch(name):
    return os.path.join(DIRECTORY, name)


def cleanup():
    shutil.rmtree(DIRECTORY)


P = scratch('a.txt')


def show(value):
    print(repr(value).replace(P, '<P>'))


with open(P, 'w') as f:
    show(f)
    print(f.mode, f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines, f.closed)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.write('first line\n'), f.tell())
    print(f.write('second line\nthird line'), f.tell())
    show(f.buffer)
    show(f.buffer.raw)
print(f.closed, f.buffer.closed, f.buffer.raw.closed)

with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(-1)))
    print(f.readlines(), repr(f.readline()), repr(f.read()))
with open(P) as f:
    print(f.readlines(5))
with open(P) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))
with open(P) as f:
    print(repr(f.read(4)), repr(f.read(0)), repr(f.read(None)), repr(f.read()))
with open(P) as f:
    print(list(f))
    print(list(f))

with open(P, 'a') as f:
    print(f.tell(), f.mode)
    f.write('\nappended')
with open(P, 'a+') as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
with open(P, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
with open(P, 'w+') as f:
    print(f.mode, repr(f.read()))
    f.write('replaced\ncontent\n')
    f.seek(0)
    print(f.readlines())

with open(P, 'w') as f:
    print('printed', 1, 2.5, None, file=f)
    print('a', 'b', sep='-', end='!\n', file=f)
    f.writelines(['w1\n', 'w2\n'])
print(repr(open(P).read()))

try:
    with open(P, 'w') as f:
        f.write('before the error')
        raise KeyError('inside with')
except KeyError as error:
    print('caught', error, f.closed)
print(repr(open(P).read()))

with open(P, 'w', buffering=1) as f:
    print(f.line_buffering)
    f.write('line buffered\n')
    print(f.buffer.raw.tell())

text = ''.join(f'line {i}\n' for i in range(3000))
with open(P, 'w') as f:
    f.write(text)
with open(P) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end='')
with open(P) as f:
    count = sum(1 for _ in f)
print(count)
with open(P) as f:
    chunks = []
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        chunks.append(chunk)
print(len(chunks), ''.join(chunks) == text)

cleanup()
