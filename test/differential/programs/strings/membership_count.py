# Substring search: in, count, find, index and their start/end arguments.
s = 'the quick brown fox jumps over the lazy dog the end'
print(s.count('the'), s.count('o'), s.count(''), s.count('the', 10), s.count('the', 10, 40))
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.rfind('the', 0, 20))
print(s.index('fox'), s.rindex('o'))
try:
    s.index('cat')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('cat')
except ValueError as e:
    print(type(e).__name__, e)
print('fox' in s, s.startswith('the'), s.endswith(('end', 'dog')), s.startswith('quick', 4))
