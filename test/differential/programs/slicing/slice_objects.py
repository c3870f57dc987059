# slice objects, indices(), and using them to index sequences.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
seq = list(range(10))
print(seq[s], 'abcdefghij'[s], tuple(seq)[slice(3)], seq[slice(-3, None)])
print(slice(2) == slice(None, 2, None), slice(1, 2, 3) == slice(1, 2, 3), repr(slice('a', 'b')))
try:
    seq[::0]
except ValueError as e:
    print(type(e).__name__, e)
