# Using unhashable objects as dict keys or set members raises TypeError.
for key in ([1], {2: 3}, {4}, bytearray(b'x')):
    try:
        {key: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): 'tuple ok', frozenset({1}): 'frozenset ok'})
