# hash() agrees for equal values across types; unhashable types raise.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash((1, 'a')) == hash((1, 'a')), hash('abc') == hash('ab' + 'c'), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(-1) == hash(-2), hash(2 ** 61 - 1) == hash(0), hash(None) == hash(None))
print(type(hash('x')).__name__, hash(7), hash(-7), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
for obj in ([], {}, set(), bytearray()):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
