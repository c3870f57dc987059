# String indexing and slicing with negative indices, steps and out-of-range bounds.
s = 'abcdefghij'
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[1:-1:3])
print(s[100:], s[-100:3], s[5:2], s[5:2:-1], repr(s[10:]), s[::-3])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[1] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(len(s), 'cde' in s, 'xyz' not in s, '' in s)
