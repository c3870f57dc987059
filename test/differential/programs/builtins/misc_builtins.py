# Assorted builtins: id-free identity via is, type checks, issubclass of builtins, super-less.
print(abs(-5), all([]), any([]), ascii('ü'), bin(3), bool(), chr(9731), divmod(9, 4), hex(10), oct(10))
print(max('abc'), min(2, 1), ord('€'), pow(2, 8), repr('r'), round(9.5), sorted('cab'), sum([1, 2]))
print(type(type).__name__, type(len).__name__, type(abs).__name__, type([].sort).__name__, type(str.upper).__name__)
print(isinstance(print, type(len)), callable(type), len(dir(object)) > 10)
