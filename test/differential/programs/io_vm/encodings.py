# Encodings of text streams: UTF-8 (the default), Latin-1, ASCII, UTF-16 and UTF-32
# with their byte order marks, utf-8-sig, error handlers for reading and writing,
# characters split across reads, TextIOWrapper over BytesIO, reconfigure and detach.
import io
import os
import shutil
import tempfile

DIRECTORY = tempfile.mkdtemp()


def scratch(name):
    return os.path.join(DIRECTORY, name)


def cleanup():
    shutil.rmtree(DIRECTORY)


def attempt(label, action):
    try:
        print(label, '->', repr(action()))
    except Exception as error:
        print(label, '!', type(error).__name__, error)


P = scratch('a.txt')
sample = 'naïve café — 価格 \U0001f600 end\n'
for encoding in ['utf-8', 'UTF8', 'latin-1', 'iso-8859-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig', 'ascii']:
    with open(P, 'w', encoding=encoding, errors='replace') as f:
        print(encoding, f.encoding, f.errors, f.write(sample), f.tell())
    with open(P, 'rb') as f:
        raw = f.read()
    with open(P, encoding=encoding) as f:
        print('  ', len(raw), raw[:6], repr(f.read()))

with open(P, 'w', encoding='utf-16') as f:
    f.write('one')
    f.seek(0, 2)
    f.write('two')
with open(P, 'a', encoding='utf-16') as f:
    f.write('three')
print(open(P, 'rb').read(), repr(open(P, encoding='utf-16').read()))
with open(P, 'wb') as f:
    f.write('no mark'.encode('utf-16-le'))
attempt('utf-16 without mark', lambda: open(P, encoding='utf-16').read())

with open(P, 'wb') as f:
    f.write(b'ok \xff\xfe bad \xc3')
for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    attempt(f'read {errors}', lambda: open(P, errors=errors).read())
attempt('read latin-1', lambda: open(P, encoding='latin-1').read())
attempt('read ascii', lambda: open(P, encoding='ascii').read())
for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    def write_it():
        with open(P, 'w', encoding='ascii', errors=errors) as f:
            f.write('plain ')
            f.write('fancy é €')
        return open(P, 'rb').read()
    attempt(f'write {errors}', write_it)
escaped = open(P, 'rb').read()
with open(P, 'wb') as f:
    f.write(b'\x80abc\xff')
with open(P, errors='surrogateescape') as f:
    text = f.read()
with open(P, 'w', errors='surrogateescape') as f:
    f.write(text)
print(repr(text), open(P, 'rb').read())

euro = '€'.encode()
data = (b'a' + euro) * 3000
for chunk in [1, 2, 3, 4, 5, 8192]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8')
    t._CHUNK_SIZE = chunk
    pieces = []
    while True:
        piece = t.read(7)
        if not piece:
            break
        pieces.append(piece)
    print(chunk, len(pieces), ''.join(pieces) == data.decode())
t = io.TextIOWrapper(io.BytesIO(b'abc\xe2\x82'), encoding='utf-8')
attempt('truncated at the end', t.read)
t = io.TextIOWrapper(io.BytesIO(b'abc\xe2\x82'), encoding='utf-8', errors='replace')
attempt('truncated replaced', t.read)

bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding='utf-8')
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.name if hasattr(t, 'name') else '(no name)')
t.write('pending')
print(bio.getvalue())
t.flush()
print(bio.getvalue())
t.write('x' * 9000)
print(len(bio.getvalue()))
t.reconfigure(write_through=True)
t.write('!')
print(len(bio.getvalue()), t.write_through)
t.reconfigure(encoding='latin-1', errors='replace')
t.write('€é')
print(bio.getvalue()[-3:], t.encoding, t.errors)
t.reconfigure(newline='\r\n', line_buffering=1)
t.write('a\nb')
print(bio.getvalue()[-5:], t.line_buffering)
print(t.detach() is bio, repr(t))
print(io.TextIOWrapper(io.BytesIO('é'.encode('latin-1')), encoding='locale', errors='replace').read() == '\ufffd')
print(io.TextIOWrapper(io.BytesIO(b'x'), encoding=None).encoding)
print(io.TextIOWrapper(io.BufferedReader(io.BytesIO(b'buffered\nlines\n'))).readlines())

cleanup()
