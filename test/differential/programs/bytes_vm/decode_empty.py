# Decoding no bytes gives '' without looking the codec up (bytes.decode, str(bytes, ...)),
# as CPython's PyUnicode_Decode; codecs.decode and non-empty input still need the codec.
print(repr(b''.decode('Boom')), repr(bytearray().decode('Boom')), repr(str(b'', encoding='Boom')), repr(str(b'', 'utf-8', 'bogus')))
print(repr(str(memoryview(b''), 'Boom')), repr(b''.decode(errors='nope')))
import codecs
for call in (lambda: codecs.decode(b'', 'Boom'), lambda: b'x'.decode('Boom'), lambda: str(b'x', 'Boom'), lambda: b''.decode(1), lambda: str('', 'Boom')):
    try: print(repr(call()))
    except (LookupError, TypeError) as e: print(type(e).__name__, e)
