# A scanner (finditer, pattern.scanner) over a bytearray holds the bytearray's buffer
# while it lives, so resizing the bytearray raises BufferError until the scanner is gone;
# one no longer reachable (deleted, or left by a loop's break) no longer holds it
# (test_re's test_keep_buffer).
import gc
import re


def attempt(label, thunk):
    try:
        thunk()
        print(label, 'resized')
    except BufferError as exc:
        print(label, 'BufferError', exc)


data = bytearray(b'x')
it = re.finditer(b'a', data)
attempt('while the scanner lives', lambda: data.extend(b'x' * 400))
attempt('same length', lambda: data.__setitem__(slice(0, 1), b'y'))
print(list(it), data)
attempt('exhausted but alive', lambda: data.append(1))
del it
gc.collect()
attempt('after del and collect', lambda: data.extend(b'x' * 4))

for match in re.finditer(b'x', data):
    break
attempt('after a loop left early', lambda: data.extend(b'z'))

scanner = re.compile(b'x').scanner(data)
print(scanner.search().span())
attempt('scanner object', lambda: data.clear())
scanner = None
attempt('scanner dropped', lambda: data.clear())
print(data, re.findall(b'x', bytearray(b'xax')))
