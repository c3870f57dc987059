# find/rfind/index with negative start and end positions.
s = 'abcabcabc'
for args in [('c',), ('c', -3), ('c', 2, 5), ('abc', -5, -1), ('', 4), ('', 20), ('x',)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index('b', -4), s.rindex('a', 0, -1))
print('abc'.find('c', -100, 100), 'abc'.find('', 3), 'abc'.find('', 4))
print(s.count('abc', 1), s.count('', 2, 5))
