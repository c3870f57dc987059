# Slicing with None and huge bounds, and slice assignment on bytearray.
s = 'abcdef'
print(s[None:None], s[-10:10], s[10 ** 20:], s[:-(10 ** 20)], s[1:None:2])
ba = bytearray(b'abcdef')
ba[1:3] = b'XYZW'
print(ba)
ba[::2] = b'1234'
print(ba)
del ba[::3]
print(ba)
