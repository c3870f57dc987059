# tell() and seek() of text files: the cookies tell() gives (byte positions, and the
# larger numbers that carry decoder state), found again by seek(), over several codecs,
# newline modes and chunk sizes; and the rules of seek's whence.
import os
import shutil
import tempfile

DIRECTORY = tempfile.mkdtemp()


def scratch(name):
    return os.path.join(DIRECTORY, name)


def cleanup():
    shutil.rmtree(DIRECTORY)


P = scratch('a.txt')
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


pieces = ['a', 'bc', '\n', '\r', '\r\n', 'é', '€', '\U0001f600', 'xyz']
text = ''.join(pieces[rnd(len(pieces))] for _ in range(600))
for encoding in ['utf-8', 'latin-1', 'utf-16', 'utf-32-le']:
    with open(P, 'wb') as f:
        f.write(text.encode(encoding, errors='replace'))
    for newline in [None, '', '\r\n']:
        for chunk in [1, 5, 64, 8192]:
            with open(P, encoding=encoding, errors='replace', newline=newline) as f:
                f._CHUNK_SIZE = chunk
                marks = []
                while True:
                    cookie = f.tell()
                    kind = rnd(3)
                    if kind == 0:
                        got = f.readline()
                    elif kind == 1:
                        got = f.read(rnd(5) + 1)
                    else:
                        got = f.readline(rnd(4))
                    if not got:
                        if kind == 2:
                            continue
                        break
                    marks.append((cookie, got))
                back = all(f.seek(cookie) == cookie and f.read(len(got)) == got for cookie, got in marks[::7])
                print(encoding, repr(newline), chunk, len(marks), sum(c % 1000003 for c, _ in marks), marks[-1][0], back)

with open(P, 'w', encoding='utf-8') as f:
    f.write('αβγ\n' * 2500)
with open(P, encoding='utf-8') as f:
    starts = []
    while f.readline():
        starts.append(f.tell())
    print(len(starts), starts[:3], starts[-2:])
    f.seek(starts[1000])
    print(repr(f.readline()), f.tell())
    f.seek(0)
    f.read(7)
    cookie = f.tell()
    print(cookie, repr(f.read(4)), f.seek(cookie), repr(f.read(4)))
    print(f.seek(0, 2), repr(f.read()), f.seek(0, 1) == f.tell())
    for bad in [lambda: f.seek(1, 1), lambda: f.seek(-1, 2), lambda: f.seek(0, 3), lambda: f.seek(-5)]:
        try:
            bad()
        except Exception as error:
            print(type(error).__name__, error)
with open(P, encoding='utf-8') as f:
    for line in f:
        try:
            f.tell()
        except OSError as error:
            print('in the loop:', error)
        break
    print('after a flush', f.flush(), f.tell())
    for line in f:
        pass
    print('after the loop', f.tell())
with open(P, 'w') as f:
    f.write('0123456789')
    print(f.tell(), f.seek(3), f.write('abc'), f.tell(), f.seek(0, 2))
print(open(P).read())

cleanup()
