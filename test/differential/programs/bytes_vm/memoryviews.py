# memoryview over bytes and bytearray: reading, slicing, writing through, releasing, comparing.
def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)

source = bytearray(b'abcdefgh')
view = memoryview(source)
print(len(view), view[0], view[-1], view.readonly, view.format, view.itemsize, view.nbytes, view.ndim)
print(view.shape, view.strides, view.suboffsets, view.contiguous, view.c_contiguous, view.f_contiguous, view.obj is source)
print(view.tobytes(), view.tolist(), bytes(view[2:5]), view[::3].tolist(), view[::-1].tobytes(), view[::2].strides)
print(view[1::2][1:].tolist(), view[::2][:1].contiguous, view[::-2].contiguous, view[5:2].nbytes, view[(3,)])
view[0] = 65
view[-1] = ord('H')
view[1:3] = b'BC'
view[3::2] = bytearray(b'DFH')[:3] if False else b'dfh'
print(source)
view[2:6] = view[0:4]
print(source, view.hex(), view.hex(':', 2))
inner = view[2:6]
inner[0] = 0x7a
print(source, inner.obj is source, memoryview(inner).obj is source, inner.tobytes())
print(view == source, view == bytes(source), bytes(source) == view, view[::2] == source[::2], view != b'x')
print(view == [1], view.__eq__(5), memoryview(b'ab') == memoryview(bytearray(b'ab')))

frozen = memoryview(b'const')
print(frozen.readonly, hash(frozen) == hash(b'const'), hash(frozen[::-1]) == hash(b'tsnoc'), frozen.toreadonly().obj)
print(source.find(view[:2]), b'xx' + frozen, bytearray(frozen), list(frozen[1:3]), frozen.tobytes(order='C'))
attempt('readonly write', lambda: frozen.__setitem__(0, 1))
attempt('readonly view', lambda: view.toreadonly().__setitem__(0, 1))
attempt('hash writable', lambda: hash(view))
attempt('index range', lambda: view[8])
attempt('index huge', lambda: view[2 ** 70])
attempt('key type', lambda: view['x'])
attempt('key tuple', lambda: view[0, 1])
attempt('key slices', lambda: view[0:1, 1:2])
attempt('key empty tuple', lambda: view[()])
attempt('value type', lambda: view.__setitem__(0, 'x'))
attempt('value range', lambda: view.__setitem__(0, 256))
attempt('value negative', lambda: view.__setitem__(0, -1))
attempt('slice size', lambda: view.__setitem__(slice(0, 2), b'xyz'))
attempt('slice type', lambda: view.__setitem__(slice(0, 2), [1, 2]))
attempt('delete', lambda: view.__delitem__(0))
attempt('order', lambda: view.tobytes('Z'))
attempt('order type', lambda: view.tobytes(1))
attempt('not buffer', lambda: memoryview('text'))
attempt('no argument', lambda: memoryview())
attempt('two arguments', lambda: memoryview(b'a', b'b'))
attempt('add', lambda: frozen + b'x')
attempt('lt', lambda: frozen < b'x')

with memoryview(b'scoped') as scoped:
    print(scoped[0], scoped.tobytes())
print(repr(scoped).startswith('<released memory at 0x'), scoped == scoped, scoped == b'scoped')
for label, action in [('len', lambda: len(scoped)), ('item', lambda: scoped[0]), ('obj', lambda: scoped.obj),
                      ('bytes', lambda: bytes(scoped)), ('tolist', lambda: scoped.tolist()), ('enter', lambda: scoped.__enter__()),
                      ('hash', lambda: hash(scoped)), ('nbytes', lambda: scoped.nbytes)]:
    attempt(label, action)
print(scoped.release(), repr(memoryview(b'')).startswith('<memory at 0x'), type(iter(frozen)).__name__)
