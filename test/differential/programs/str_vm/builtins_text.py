# chr, ord, ascii and format.

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 0x263A


print(chr(65), chr(0), repr(chr(0x7f)), chr(233), chr(0x1F600), repr(chr(0xD800)), chr(Idx()), chr(True), len(chr(0x10FFFF)))
print(ord('A'), ord('é'), ord('😀'), ord('\ud800'), ord(b'a'), ord(bytearray(b'z')), [ord(c) for c in 'hi😀'])
for value in [-1, 0x110000, 2**31, 2**100, 'a', 1.5, None]:
    attempt(f'chr({value!r})', lambda: chr(value))
for value in ['', 'ab', b'', b'ab', 5, None, ['a']]:
    attempt(f'ord({value!r})', lambda: ord(value))
attempt('chr()', lambda: chr())
attempt('chr(x=1)', lambda: chr(i=65))
attempt('ord(1, 2)', lambda: ord('a', 'b'))

print(ascii('plain'), ascii('café'), ascii('😀 \x00 \u200b'), ascii(['é', 1, None]), ascii({'ü': b'\xff'}), ascii(3.5))


class Custom:
    def __repr__(self):
        return 'Cüstom'


print(ascii(Custom()), repr(ascii('\ud800')))
attempt('ascii()', lambda: ascii())

print(format(3.14159, '.2f'), format(42), format(42, 'x'), format('abc', '>6'), format('abc'), format([1], ''), format(None))
print(format(1234567, ','), format(True), format(True, 'd'), format(2.5, ''), format(-0.0), format(1e100, 'g'))


class Fmt:
    def __format__(self, spec):
        return 'spec=' + repr(spec)


print(format(Fmt()), format(Fmt(), 'xyz'))
attempt('format(1, 2)', lambda: format(1, 2))
attempt('format(1, None)', lambda: format(1, None))
attempt('format()', lambda: format())
attempt('format extra', lambda: format(1, '', 3))
attempt('format keyword', lambda: format(1, format_spec='x'))
attempt('format object spec', lambda: format(object(), 'x'))
attempt('format str bad code', lambda: format('s', 'd'))
attempt('format str sign', lambda: format('s', '+'))
attempt('format str alternate', lambda: format('s', '#'))
attempt('format str equals', lambda: format('s', '=5'))
