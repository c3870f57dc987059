# Attributes and messages of UnicodeDecodeError and UnicodeEncodeError.
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    'aé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e)
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
