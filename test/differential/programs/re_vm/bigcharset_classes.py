# Character classes the compiler turns into a BIGCHARSET (a bitmap of the BMP in 256-
# character blocks): ignore-case classes over letters, whose case partners leave
# Latin-1 (K is also the Kelvin sign, s the long s), and scattered non-Latin-1 sets.
import re

print(re.findall(r'(?i)[a-z]+', 'Hello W\u212aorld \u017fix'))
print(re.findall(r'(?i)[^a-z ]+', 'Hello World 42!'), re.findall(r'(?i)[A-Z]+\d', 'abc1 DEF2'))
print(re.findall(r'(?i)[\u0391-\u03a9]+', '\u03b1\u03b2\u03b3 \u0394 \u03c2'))
print(re.findall(r'(?i)[\u0430-\u044f\u0451]+', '\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440 \u0401\u0436'))
print(re.findall(r'[\u201c\u201d"]([^\u201c\u201d"]*)[\u201c\u201d"]', 'say \u201chi\u201d and "bye"'))
print(re.findall(r'[\u03b1\u03b3\u03b5\u2013\u2014]', 'a\u03b1\u03b2\u03b3 \u2013 \u2014'))
print(re.sub(r'[\u2018\u2019\u201a\u201b]', "'", '\u2018quoted\u2019 \u201aand\u201b'))
print(re.fullmatch(r'(?i)[a-z_][a-z0-9_]*', 'Snake_Case9') is not None)
print(re.split(r'(?i)[^a-z0-9]+', 'one, Two;three--4'))
