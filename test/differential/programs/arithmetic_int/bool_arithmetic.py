# bool is an int subclass: arithmetic produces ints, bitwise ops on bools stay bool.
print(True + 1, True - False, True * 3, True / 2, True // 2, True % 2)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(type(True + 0).__name__, ~True, -True, abs(-True))
print(sum([True, True, False, True]))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__)
print(int(True), repr(True), str(False))
