# Strings are immutable; methods return new strings and leave the original unchanged.
s = 'Hello'
t = s.upper()
u = s.replace('l', 'L')
print(s, t, u)
lst = list(s)
lst[0] = 'J'
print(''.join(lst), s)
words = 'a b c'.split()
words.append('d')
print(words, ' '.join(words))
print(s[:], s[:] == s, s + '' == s)
