# The _codecs module under codecs and encodings: lookups, incremental UTF decoders,
# the escape and charmap codecs, error handlers (built-in and registered), and
# encodings that are pure Python over them.
import _codecs
import codecs
import encodings

print(codecs.lookup('UTF8').name, codecs.lookup('latin_1').name, codecs.lookup('cp1252').name, codecs.lookup('U16').name)
print(codecs.encode('abc', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'), codecs.encode(b'hi', 'base64'), codecs.decode(b'x\x9cK\xcb\xcf\x07\x00\x02\x82\x01E', 'zlib'))
print('caf\u00e9 \u20ac'.encode('cp1252'), b'caf\xe9 \x80'.decode('cp1252'), 'h\u00e9'.encode('cp437'), b'\x82'.decode('cp437'), 'x\u00e9'.encode('mac_roman'))
print(_codecs.utf_8_decode(b'ab\xe2\x82', 'strict', False), _codecs.utf_8_decode(b'ab\xe2\x82\xac'), _codecs.utf_16_ex_decode(b'\xff\xfea\x00b', 'strict', 0, False))
print(_codecs.utf_16_ex_decode(b'a\x00', 'strict', 0, True), _codecs.utf_16_encode('ab'), _codecs.utf_16_encode('ab', None, 1), _codecs.utf_32_encode('a'))
print(_codecs.unicode_escape_encode('a\\\t\u00e9\u1234\U00012345\''), _codecs.raw_unicode_escape_encode('a\\\u00e9\u1234'), _codecs.escape_encode(b"a'\n\xff"))
print(_codecs.escape_decode(b'a\\x41\\n\xff'), _codecs.escape_decode('\\101'), _codecs.unicode_escape_decode(b'a\\u0041\\x42\\n\xe9'), _codecs.raw_unicode_escape_decode(b'a\\u0041\\x42\xe9'))
print(_codecs.charmap_decode(b'\x00\x02', 'strict', 'abc'), _codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'x', 1: 98}), _codecs.charmap_encode('cab', 'strict', _codecs.charmap_build('abc')))
decoder = codecs.getincrementaldecoder('utf-8')()
print([decoder.decode(bytes([b])) for b in '\u20ac!'.encode()], decoder.decode(b'', final=True))
decoder = codecs.getincrementaldecoder('utf-16')()
print([decoder.decode(piece) for piece in (b'\xff', b'\xfe', b'h\x00', b'i', b'\x00')])
encoder = codecs.getincrementalencoder('utf-16')()
print(encoder.encode('a'), encoder.encode('b'))
print(codecs.lookup_error('strict'), codecs.lookup_error('replace')(UnicodeDecodeError('utf-8', b'ab', 0, 1, 'x')))
print(codecs.lookup_error('backslashreplace')(UnicodeEncodeError('ascii', 'a\u00e9\u1234', 1, 3, 'x')), codecs.lookup_error('xmlcharrefreplace')(UnicodeEncodeError('ascii', 'a\u00e9', 1, 2, 'x')))
print(codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'a\xff', 1, 2, 'x')), codecs.lookup_error('backslashreplace')(UnicodeDecodeError('utf-8', b'a\xff\xfe', 1, 3, 'x')))
codecs.register_error('dash', lambda error: ('-', error.end))
print('x\u20acy'.encode('cp437', 'dash'), b'a\x81b'.decode('cp1252', 'dash'), _codecs.charmap_encode('a\u20ac', 'replace', {97: 1, 63: 2}))
for attempt in [lambda: _codecs.unicode_escape_decode(b'ab\\x4'), lambda: codecs.lookup('nope'), lambda: codecs.lookup_error('nope'),
                lambda: codecs.register(1), lambda: _codecs.escape_decode(b'\\x4'), lambda: b'\x81'.decode('cp1252'),
                lambda: '\u20ac'.encode('cp437'), lambda: codecs.lookup_error('strict')('x'), lambda: codecs.lookup_error('replace')(ValueError()),
                lambda: codecs.decode(b'\xff', 'utf-8')]:
    try:
        print(attempt())
    except (UnicodeError, LookupError, TypeError, ValueError) as error:
        print(type(error).__name__, error)
with open(__file__, encoding='utf-8') as f:
    print(f.readline().strip()[:20])
codecs.register(lambda name: codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)), name='weird') if name == 'weird' else None)
for attempt in [lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex'), lambda: 'x'.encode('weird'), lambda: b'x'.decode('weird'), lambda: 'x'.encode('nope')]:
    try:
        print(attempt())
    except (LookupError, TypeError) as error:
        print(type(error).__name__, error)
