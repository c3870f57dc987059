# find/rfind/index/rindex/count/startswith/endswith and `in`, with start/end and int needles.
data = b'abracadabra'
for needle in (b'a', b'bra', b'', b'zz', 97, ord('d'), bytearray(b'cad'), memoryview(b'ra')):
    label = needle if isinstance(needle, (bytes, int)) else type(needle).__name__
    print(label, data.find(needle), data.rfind(needle), data.count(needle))
for start, end in ((None, None), (2, None), (-4, None), (1, 5), (5, 1), (0, -3), (20, 30), (-100, 100)):
    print(start, end, data.find(b'a', start, end), data.rfind(b'a', start, end), data.count(b'a', start, end),
          data.find(b'', start, end), data.rfind(b'', start, end), data.count(b'', start, end))
print(data.index(b'cad'), data.rindex(b'a'), data.index(98, 2), bytearray(data).rindex(b'b'))
print(data.startswith(b'abr'), data.startswith(b'bra', 1), data.startswith((b'x', b'ab')), data.startswith(b'', 11))
print(data.startswith(b'', 12), data.endswith(b'bra'), data.endswith(b'cad', 0, 7), data.endswith((b'q', b'ra'), -2))
print(data.endswith(b'', 5, 2), data.endswith(b'a', -1), bytearray(data).startswith(memoryview(b'abra')))
print(b'cad' in data, 99 in data, b'' in data, bytearray(b'xyz') in data, 120 in bytearray(data))

def attempt(label, action):
    try:
        print(label, action())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt('index missing', lambda: data.index(b'q'))
attempt('rindex missing', lambda: bytearray(data).rindex(b'q'))
attempt('find str', lambda: data.find('a'))
attempt('find float', lambda: data.count(1.5))
attempt('find range', lambda: data.find(256))
attempt('find negative', lambda: data.rfind(-1))
attempt('find huge', lambda: data.find(2 ** 70))
attempt('find bad start', lambda: data.find(b'a', 'x'))
attempt('find huge start', lambda: data.find(b'a', 2 ** 70))
attempt('find none', lambda: data.find())
attempt('find four', lambda: data.find(b'a', 1, 2, 3))
attempt('find keyword', lambda: data.find(b'a', start=1))
attempt('bytearray keyword', lambda: bytearray(data).count(b'a', end=3))
attempt('startswith str', lambda: data.startswith('abra'))
attempt('startswith tuple str', lambda: data.startswith((b'x', 'abra')))
attempt('endswith list', lambda: data.endswith([b'a']))
attempt('in str', lambda: 'a' in data)
attempt('in range', lambda: 300 in data)
attempt('in float', lambda: 1.0 in data)
