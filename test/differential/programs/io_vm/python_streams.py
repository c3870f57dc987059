# Streams written in Python on top of io's base classes: a RawIOBase subclass read and
# written through the buffered classes and TextIOWrapper, IOBase's generic readline,
# iteration and context management, subclasses of the concrete types, and the ABCs.
import io


class Chunky(io.RawIOBase):
    """Gives at most five bytes per readinto, and logs the calls."""

    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0
        self.calls = []

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, buffer):
        self.calls.append(('readinto', len(buffer)))
        n = min(len(buffer), 5, len(self.data) - self.pos)
        buffer[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def write(self, data):
        self.calls.append(('write', bytes(data)))
        self.data[self.pos:self.pos + len(data)] = data
        self.pos += len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self.calls.append(('seek', pos, whence))
        self.pos = pos if whence == 0 else self.pos + pos if whence == 1 else len(self.data) + pos
        return self.pos

    def tell(self):
        return self.pos


raw = Chunky(b'hello world\nsecond line\nthird')
print(raw.read(3), raw.read(), raw.readall(), raw.calls)
raw = Chunky(b'hello world\nsecond line\nthird')
reader = io.BufferedReader(raw, 8)
print(reader.read(2), reader.readline(), reader.peek(), reader.read1(3), reader.read(), reader.tell())
print(raw.calls)
raw = Chunky(b'abc\ndef\nghi')
text = io.TextIOWrapper(io.BufferedReader(raw), encoding='ascii')
print(list(text), raw.calls)
raw = Chunky()
writer = io.BufferedWriter(raw, 4)
print(writer.write(b'ab'), writer.write(b'cdef'), writer.write(b'0123456789'), writer.tell())
writer.flush()
print(raw.calls, bytes(raw.data))
raw = Chunky(b'0123456789')
both = io.BufferedRandom(raw, 4)
print(both.read(3), both.write(b'XY'), both.tell(), both.seek(0), both.read(), bytes(raw.data))
print(raw.calls)
pair = io.BufferedRWPair(io.BytesIO(b'from reader'), io.BytesIO())
print(pair.read(4), pair.peek()[:3], pair.write(b'to writer'), pair.readable(), pair.writable(), pair.closed)
pair.close()
print(pair.closed)


class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''


print(list(Lines(['a\n', 'b\n'])), Lines(['x\n', 'y\n', 'z\n']).readlines(2))
stream = Lines(['q\n'])
with stream as entered:
    print(entered is stream, stream.closed)
print(stream.closed)
try:
    iter(stream)
except ValueError as error:
    print('closed:', error)


class Peeking(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def peek(self, n=0):
        return self.data[:8]

    def read(self, n=-1):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk


p = Peeking(b'first line\nsecond\n')
print(p.readline(), p.readline(3), p.readlines())


class Shouting(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


loud = Shouting()
print('quiet words', file=loud)
print(repr(loud.getvalue()), isinstance(loud, io.TextIOBase))


class Counting(io.BytesIO):
    reads = 0

    def read(self, n=-1):
        self.reads += 1
        return super().read(n)


c = Counting(b'x\ny\n')
print(io.TextIOWrapper(c).read(), c.reads)


class Named(io.FileIO):
    pass


print(issubclass(Named, io.RawIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase), io.FileIO.__mro__)
print(io.IOBase.__mro__, io.TextIOWrapper.__mro__)
print([name for name in dir(io.TextIOWrapper) if not name.startswith('__')])
print([name for name in dir(io.BytesIO) if not name.startswith('__')])
