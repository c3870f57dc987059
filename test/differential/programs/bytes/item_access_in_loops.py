# bytes[i] and bytearray[i] = x in loops (a charset bitmap, a checksum), with the cases
# that leave the quick path: negative and out-of-range indexes, values that are not a
# byte, bools, subclasses, and a bytearray that grew or shrank while a loop read it.
charmap = bytearray(256)
for i in range(0, 256, 7):
    charmap[i] = 1
charmap[-1] = 2
print(sum(charmap), charmap.find(1), charmap[-1], charmap[255], bytes(charmap[:16]))

data = bytes(range(200, 256)) + b'tail'
total = 0
for i in range(len(data)):
    total = (total * 31 + data[i] + data[-1 - i]) & 0xFFFFFFFF
print(total)

for container in (bytearray(b'abc'), b'abc'):
    for index in (2, 3, -3, -4, 2 ** 40, True):
        try:
            print(type(container).__name__, index, container[index])
        except IndexError as error:
            print(type(container).__name__, index, 'IndexError:', error)

target = bytearray(4)
for index, value in ((0, 255), (1, 256), (2, -1), (3, True), (-1, 7), (4, 1), (-5, 1), (0, 2 ** 70), (1, 1.0), (2, b'x')):
    try:
        target[index] = value
        print(index, value, bytes(target))
    except (ValueError, IndexError, TypeError) as error:
        print(index, value, type(error).__name__, error)

class Bytes(bytearray):
    def __setitem__(self, index, value):
        super().__setitem__(index, value ^ 1)
    def __getitem__(self, index):
        return ('got', super().__getitem__(index))
sub = Bytes(3)
for i in range(3):
    sub[i] = i
print(bytes(sub), sub[1])

grow = bytearray(b'xy')
seen = []
for i in range(6):
    seen.append(grow[i % len(grow)])
    grow.append(65 + i)
    if i == 3:
        del grow[:4]
print(seen, grow)
view = memoryview(grow)
grow[0] = 122
print(view[0], bytes(view), bytes(grow))
view.release()
