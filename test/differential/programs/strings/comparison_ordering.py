# Lexicographic comparison of strings by code point.
words = ['banana', 'Apple', 'apple', 'apple pie', 'Zebra', '', 'äpfel', '10', '9']
print(sorted(words))
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'Z' < 'a')
print(max(words), min(words), sorted(words, key=str.lower))
print('abc' == 'abc', 'abc' is not None, 'a' * 3 == 'aaa')
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
