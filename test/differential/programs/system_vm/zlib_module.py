# zlib: round trips in every container (zlib, raw, gzip, auto-detected) at every level,
# decompressobj fed in pieces with output limits (unconsumed_tail, unused_data, eof),
# compressobj with flushes and dictionaries, checksums, gzip over zlib, and the errors.
import gzip
import io
import random
import zlib

for attempt in [lambda: zlib.decompress(b'xyz'), lambda: zlib.decompress(zlib.compress(b'hello')[:-2]),
                lambda: zlib.decompress(zlib.compress(b'hello')[:5]), lambda: zlib.decompress(b'\x78\x9c\x03\x00', -15),
                lambda: zlib.compress(b'x', 10), lambda: zlib.decompress(zlib.compress(b'x'), 31), lambda: zlib.decompressobj(wbits=100),
                lambda: zlib.compress(b'x', wbits=100), lambda: zlib.decompress(zlib.compress(b'abc')[:-1] + b'\x00'),
                lambda: zlib.decompress(b'x', bufsize=-1), lambda: zlib.decompress(zlib.compress(b'abc'), 48),
                lambda: zlib.decompress(zlib.compress(b'abc'), 9), lambda: zlib.compressobj(method=7), lambda: zlib.decompressobj().decompress(b'', -1)]:
    try:
        print(attempt())
    except (zlib.error, ValueError) as error:
        print(type(error).__name__, error)

compressed = zlib.compress(b'hello world' * 100)
d = zlib.decompressobj()
print(len(d.decompress(compressed[:10])), len(d.decompress(compressed[10:], 50)), len(d.unconsumed_tail), d.eof, d.unused_data)
print(len(d.decompress(d.unconsumed_tail)), d.eof, d.unused_data, len(d.flush()))
d = zlib.decompressobj()
out = d.decompress(compressed + b'TRAIL')
print(len(out), d.unused_data, d.eof, d.decompress(b'more'), d.unused_data)
print(zlib.adler32(b'hello'), zlib.adler32(b'hello', 5), zlib.crc32(b'hello'), zlib.crc32(b'', 2**40), zlib.MAX_WBITS, zlib.Z_SYNC_FLUSH)

random.seed(5)
blobs = [b'', b'a', b'hello world' * 1000, bytes(random.getrandbits(8) for _ in range(5000)), bytes(random.getrandbits(2) for _ in range(20000))]
for blob in blobs:
    for level in (0, 1, 6, 9):
        for wbits in (15, -15, 31, 9):
            data = zlib.compress(blob, level, wbits)
            assert zlib.decompress(data, wbits) == blob
            assert zlib.decompress(data, 47 if wbits > 0 else wbits) == blob
            d = zlib.decompressobj(wbits)
            pieces = []
            for i in range(0, len(data), 7):
                pieces.append(d.decompress(data[i:i + 7], 100))
                while d.unconsumed_tail:
                    pieces.append(d.decompress(d.unconsumed_tail, 100))
            pieces.append(d.flush())
            assert b''.join(pieces) == blob, (level, wbits)
            assert d.eof
    print(len(blob), 'round trips')

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
stream = co.compress(blobs[2]) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(b'tail') + co.flush(zlib.Z_FULL_FLUSH) + co.compress(b'end') + co.flush()
print(zlib.decompress(stream, -12)[-11:], zlib.decompressobj(-12).decompress(stream)[:5])
for wbits in (15, 31):
    co = zlib.compressobj(wbits=wbits)
    parts = [co.compress(b'part %d ' % i) + co.flush(zlib.Z_SYNC_FLUSH) for i in range(5)]
    print(zlib.decompress(b''.join(parts) + co.flush(), wbits))
co = zlib.compressobj(zdict=b'hello world')
stream = co.compress(b'hello world hello') + co.flush()
do = zlib.decompressobj(zdict=b'hello world')
print(do.decompress(stream), do.eof)
try:
    zlib.decompress(stream)
except zlib.error as error:
    print(error)
try:
    co.compress(b'late')
except zlib.error as error:
    print(error)
d = zlib.decompressobj()
half = d.decompress(compressed[:20])
e = d.copy()
print(d.decompress(compressed[20:]) == e.decompress(compressed[20:]), len(half), e.eof)

buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode='wb', mtime=0) as g:
    g.write(b'gzip data ' * 50)
print(gzip.decompress(buffer.getvalue())[:20], len(gzip.decompress(gzip.compress(b'xyz' * 99))))
