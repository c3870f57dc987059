# memoryview over bytes and bytearray: slicing, tolist, writing through a view.
ba = bytearray(b'abcdef')
mv = memoryview(ba)
print(mv[0], bytes(mv[1:3]), mv.tolist(), len(mv), mv.readonly, mv.nbytes)
mv[0] = ord('Z')
print(ba, bytes(mv[::2]))
ro = memoryview(b'xyz')
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(ro.tobytes(), ro.hex(), ro == b'xyz')
