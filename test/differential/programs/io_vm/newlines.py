# Newline handling of text files and StringIO: universal newlines (None), untranslated
# ('') and a fixed line end ('\n', '\r', '\r\n'), for reading and for writing; the
# newlines attribute; IncrementalNewlineDecoder on its own.
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
MODES = [None, '', '\n', '\r', '\r\n']

with open(P, 'wb') as f:
    f.write(b'unix\nmac\rdos\r\nmixed\r\r\n\n\rend\r')
for newline in MODES:
    with open(P, newline=newline) as f:
        print(repr(newline), f.readlines(), f.newlines)
    with open(P, newline=newline) as f:
        print(repr(newline), repr(f.read()), f.newlines)
    with open(P, newline=newline) as f:
        print(repr(newline), [f.readline(4) for _ in range(6)])

for newline in MODES:
    with open(P, 'w', newline=newline) as f:
        f.write('a\nb\r\nc\rd\n')
    with open(P, 'rb') as f:
        print('written with', repr(newline), f.read())

# A \r\n split between two chunks of the file is still one line end.
with open(P, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'y\r' + b'z' * 8190 + b'\r')
for newline in [None, '', '\r\n', '\r']:
    with open(P, newline=newline) as f:
        print(repr(newline), [(len(line), line[-2:]) for line in f])

for newline in MODES:
    s = io.StringIO('one\ntwo\r\nthree\rfour', newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=newline)
    s.write('x\r\ny\rz\n')
    print(repr(newline), repr(s.getvalue()), s.tell(), s.newlines)

t = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd'))
print([t.readline() for _ in range(5)], t.newlines)
t = io.TextIOWrapper(io.BytesIO(), newline='\r\n')
t.write('one\ntwo\n')
t.flush()
print(t.buffer.getvalue())

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), d.getstate(), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode('a\r\nb\rc\n', True)), d.newlines)
d.setstate((b'', 1))
print(repr(d.decode('x')))
for bad in [lambda: d.decode(b'bytes'), lambda: d.setstate([b'', 0]), lambda: d.setstate((b'',)),
            lambda: io.IncrementalNewlineDecoder.__new__(io.IncrementalNewlineDecoder).decode('x')]:
    try:
        bad()
    except Exception as error:
        print(type(error).__name__, error)


class Upper:
    def decode(self, data, final=False):
        return data.decode('ascii').upper()

    def getstate(self):
        return (b'', 5)

    def setstate(self, state):
        print('setstate', state)

    def reset(self):
        print('reset')


d = io.IncrementalNewlineDecoder(Upper(), True)
print(repr(d.decode(b'ab\r')), d.getstate(), repr(d.decode(b'\ncd', True)))
d.setstate((b'', 3))
d.reset()

cleanup()
