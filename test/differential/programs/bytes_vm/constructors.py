# bytes() and bytearray() from every kind of source, with CPython's errors.
def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)

class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __bytes__(self):
        return self.payload

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return iter(range(self.start, 0, -1))

class Width:
    def __index__(self):
        return 3

attempt('empty', lambda: (bytes(), bytearray()))
attempt('count', lambda: (bytes(4), bytearray(2), bytes(Width()), bytes(True)))
attempt('list', lambda: bytes([72, 105, 0, 255]))
attempt('tuple', lambda: bytearray((1, 2, 3)))
attempt('range', lambda: bytes(range(65, 71)))
attempt('generator', lambda: bytes(n * 2 for n in range(5)))
attempt('iterable', lambda: bytearray(Countdown(4)))
attempt('buffer', lambda: (bytes(bytearray(b'xy')), bytearray(b'xy'), bytes(memoryview(b'mv'))))
attempt('dunder', lambda: bytes(Packet(b'pkt')))
attempt('bad dunder', lambda: bytes(Packet('text')))
attempt('encoded', lambda: (bytes('héllo', 'utf-8'), bytearray('abc', 'ascii'), bytes('é', 'latin-1')))
attempt('keywords', lambda: bytes(source='ok', encoding='utf8', errors='strict'))
attempt('errors handler', lambda: bytes('aé€', 'ascii', 'replace'))
attempt('no encoding', lambda: bytes('text'))
attempt('bytearray no encoding', lambda: bytearray('text'))
attempt('encoding alone', lambda: bytes(encoding='utf-8'))
attempt('errors alone', lambda: bytearray(errors='strict'))
attempt('encoding non-str', lambda: bytes(b'raw', 'utf-8'))
attempt('errors non-str', lambda: bytes([1], errors='ignore'))
attempt('encoding type', lambda: bytes('x', 8))
attempt('unknown encoding', lambda: bytes('x', 'no-such-codec'))
attempt('negative', lambda: bytes(-1))
attempt('negative bytearray', lambda: bytearray(-5))
attempt('huge', lambda: bytes(2 ** 80))
attempt('float', lambda: bytes(2.5))
attempt('float bytearray', lambda: bytearray(2.5))
attempt('out of range', lambda: bytes([10, 256]))
attempt('out of range bytearray', lambda: bytearray([10, -1]))
attempt('not an int', lambda: bytes([1, 'two']))
attempt('too many', lambda: bytes(1, 'a', 'b', 'c'))
attempt('object', lambda: bytes(object()))

class Blob(bytes):
    pass

class Buffer(bytearray):
    pass

blob = Blob(b'sub')
print(type(blob).__name__, blob, blob == b'sub', isinstance(blob, bytes), len(blob))
print(type(blob + b'!').__name__, type(blob[:2]).__name__, type(blob.upper()).__name__)
print(type(bytes(blob)).__name__, type(Blob.fromhex('41')).__name__, Blob.fromhex('4142'))
buf = Buffer(b'grow')
buf.append(33)
print(repr(buf), type(buf.copy()).__name__, type(Buffer.fromhex('41')).__name__)
blob.note = 'attrs work'
print(blob.note, hash(blob) == hash(b'sub'))
ba = bytearray(b'old contents')
ba.__init__(b'new')
print(ba)
ba.__init__()
print(ba)
