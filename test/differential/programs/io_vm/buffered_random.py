# A file opened for reading and writing at once, buffered and as text: random mixes of
# reads, writes, seeks and tells at several buffer and chunk sizes, checked against the
# file's final contents.
import io
import os
import shutil
import tempfile

DIRECTORY = tempfile.mkdtemp()


def scratch(name):
    return os.path.join(DIRECTORY, name)


def cleanup():
    shutil.rmtree(DIRECTORY)


P = scratch('a.bin')
seed = 987


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


def checksum(log):
    return sum((i + 1) * b for i, b in enumerate(repr(log).encode())) % 1000003


for size in [2, 3, 8, 16, 4096]:
    with open(P, 'wb') as f:
        f.write(bytes(range(200)))
    log = []
    with open(P, 'r+b', buffering=size) as f:
        for step in range(250):
            op = rnd(8)
            if op == 0:
                log.append(f.read(rnd(20)))
            elif op == 1:
                log.append(f.write(bytes([rnd(256)] * rnd(12))))
            elif op == 2:
                log.append(f.seek(rnd(220)))
            elif op == 3:
                log.append(f.tell())
            elif op == 4:
                log.append(f.readline(rnd(30)))
            elif op == 5:
                log.append(len(f.peek(rnd(5))))
            elif op == 6:
                log.append(f.read1(rnd(10)))
            else:
                buffer = bytearray(rnd(15))
                log.append((f.readinto(buffer), bytes(buffer)))
        f.seek(0)
        final = f.read()
    print(size, checksum(log), len(final), sum(final), log[:4])

for size in [2, 5, 8192]:
    target = io.BytesIO()
    writer = io.BufferedWriter(target, size)
    for i in range(50):
        writer.write(bytes([i]) * rnd(7))
        if rnd(5) == 0:
            writer.seek(rnd(40))
        if rnd(7) == 0:
            writer.flush()
    writer.flush()
    print(size, target.getvalue()[:30], len(target.getvalue()), writer.tell())

words = ['ab', 'é', '\n', 'xyz\r\n', '€', 'q\r']
for encoding in ['utf-8', 'latin-1', 'utf-16']:
    for newline in [None, '', '\r\n']:
        with open(P, 'w', encoding=encoding, errors='replace', newline=newline) as f:
            f.write(''.join(words[rnd(6)] for _ in range(100)))
        log = []
        with open(P, 'r+', encoding=encoding, errors='replace', newline=newline) as f:
            f._CHUNK_SIZE = 16
            for step in range(100):
                op = rnd(6)
                try:
                    if op == 0:
                        log.append(f.read(rnd(8)))
                    elif op == 1:
                        log.append(f.readline())
                    elif op == 2:
                        log.append(f.write(words[rnd(6)]))
                    elif op == 3:
                        log.append(f.tell())
                    elif op == 4:
                        cookie = f.tell()
                        f.read(rnd(5))
                        log.append(f.seek(cookie))
                    else:
                        log.append(f.seek(0, rnd(2) * 2))
                except UnicodeError as error:
                    # Writing in the middle of a UTF-16 file can leave bytes that do not decode.
                    log.append(f'{type(error).__name__}: {error}')
            f.seek(0)
            final = f.read()
        print(encoding, repr(newline), checksum(log), len(final), repr(final[:24]))

cleanup()
