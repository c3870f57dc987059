# Iterating strings yields code points, including non-BMP characters.
s = 'héllo wörld \U0001F40D'
print(len(s), [c for c in s if ord(c) > 127], list(map(ord, s[-3:])))
print(s.upper(), s.title(), s[::-1])
for i, ch in enumerate('a\u00e9\U0001F600'):
    print(i, ch, hex(ord(ch)), len(ch))
print('\N{GREEK SMALL LETTER ALPHA}', '\u03b1' == 'α', chr(0x1F600) == '\U0001F600')
