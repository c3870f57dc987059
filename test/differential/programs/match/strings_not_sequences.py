# str, bytes and bytearray do not match sequence patterns; tuples and lists do.
for v in ('ab', b'ab', bytearray(b'ab'), ('a', 'b'), ['a', 'b'], iter('ab')):
    match v:
        case [x, y]:
            print(type(v).__name__, 'sequence', x, y)
        case _:
            print(type(v).__name__, 'not a sequence')
from collections import deque
match deque([1, 2]):
    case [a, b]:
        print('deque matched', a, b)
