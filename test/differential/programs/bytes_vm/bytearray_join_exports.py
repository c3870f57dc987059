# bytearray.join holds its separator's buffer while it iterates: an iterator that
# resizes the separator gets BufferError (test_builtin's
# test_bytearray_join_with_misbehaving_iterator); changing it in place is allowed.
separator = bytearray(b',')


def clearing():
    separator.clear()
    yield b'A'


def growing():
    yield b'A'
    separator.append(0x3B)
    yield b'B'


def overwriting():
    yield b'A'
    separator[0] = 0x2B
    yield b'B'


for make in (clearing, growing, overwriting):
    try:
        print(make.__name__, separator.join(make()))
    except BufferError as exc:
        print(make.__name__, 'BufferError', exc)
    print(separator)

separator.extend(b'!')
print(separator, b'-'.join(bytearray(b'ab') for _ in range(2)))
