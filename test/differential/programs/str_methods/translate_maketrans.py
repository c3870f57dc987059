# str.maketrans and translate with dicts, strings and deletions.
t = str.maketrans('abc', 'xyz')
print('aabbcc-abc'.translate(t))
t2 = str.maketrans('abc', 'xyz', 'd')
print('abcd dcba'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'CC'})
print('abcabc'.translate(t3), sorted(t3.items()))
print('hello'.translate({ord('l'): 'L', ord('o'): None}))
try:
    str.maketrans('ab', 'x')
except ValueError as e:
    print(type(e).__name__, e)
