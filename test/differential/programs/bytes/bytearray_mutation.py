# bytearray is mutable: item/slice assignment, append, extend, pop, del.
ba = bytearray(b'hello')
ba[0] = 72
ba[1:3] = b'EY'
ba.append(33)
ba.extend(b'??')
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
del ba[1]
ba.insert(0, 74)
ba.reverse()
print(ba, bytes(ba), ba == bytes(ba))
ba += b'++'
ba *= 2
print(ba, ba.count(b'+'))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append('x')
except TypeError as e:
    print(type(e).__name__, e)
