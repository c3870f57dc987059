# __index__ lets objects act as integers in slicing, bin/hex, and sequence repetition.
class Two:
    def __index__(self):
        return 2
t = Two()
print([10, 20, 30][t], 'abcdef'[t:], 'ab' * t, bin(t), hex(t), range(10)[t], list(range(t)))
print(operator_index := __import__('operator').index(t))
class NotIdx:
    pass
try:
    [1, 2][NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(2.0)
except TypeError as e:
    print(type(e).__name__, e)
