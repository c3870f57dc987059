# print() with sep, end, file, flush, and multiple arguments.
import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('no newline', end='')
print(' | continued', end='!\n')
print(1, 2, 3, sep='')
print()
print(*[1, 2, 3], sep=', ')
print('to stdout', file=sys.stdout, flush=True)
print(None, True, 3.0, [None])
print('x', sep=None, end=None)
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
