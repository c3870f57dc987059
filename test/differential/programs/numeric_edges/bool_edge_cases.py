# bool edge cases: arithmetic, indexing, hashing and repr of bool subclasses.
lst = ['no', 'yes']
print(lst[True], lst[False], True + True + True, True * 'ab', -True, True << 3, True / True)
print({True: 'a', 1: 'b'}, True == 1.0, hash(True) == 1, bool(2) is True)
print(sum(x > 2 for x in range(6)), [True] * 2, int(True), float(False), str(True) + '!')
try:
    bool.__new__(bool, 1) + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
