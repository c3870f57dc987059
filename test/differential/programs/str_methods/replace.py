# str.replace with counts, empty patterns, and overlapping matches.
s = 'aaa bbb aaa'
print(s.replace('a', 'x'), s.replace('a', 'x', 2), s.replace('aaa', ''), s.replace('', '-'), s.replace('', '-', 3))
print('aaaa'.replace('aa', 'b'), 'abc'.replace('abc', 'abc' * 2), 'x'.replace('y', 'z'))
print(s.replace('a', 'x', -1), s.replace('a', 'x', 0))
