# Character classes and case folding over Unicode: \w \d \s in UNICODE and ASCII modes,
# ignore-case with the characters whose case maps leave Latin-1, and astral characters
# (one code point each, though JavaScript strings count them as two units).
import re

sample = 'caf\u00e9 na\u00efve \u0391\u03b8\u03ae\u03bd\u03b1 \u0663\u0664 \u00b2 x_1 \u2167 \U0001d4b3\U0001d4b4 \u4e2d\u6587'
print(re.findall(r'\w+', sample))
print(re.findall(r'(?a)\w+', sample))
print(re.findall(r'\d', sample), re.findall(r'(?a)\d', sample), re.findall(r'\D+', '12\u0663x'))
print(re.findall(r'\s', 'a\tb\x0bc\x1cd\x85e\u2028f\u3000g'), re.findall(r'(?a)\s', 'a\tb\x1cc\u3000'))
print(re.findall(r'[^\W\d_]+', 'abc_12d\u00e9f'))
print(re.findall(r'\bx\b', 'x \u00e9x x\u00e9 (x)'), re.findall(r'(?a)\bx\b', 'x \u00e9x x\u00e9'))

# Ignore-case: simple case folding, plus sre's extra equivalences.
print(re.findall(r'(?i)k', 'kK\u212a'), re.findall(r'(?i)\u212a', 'kK'))
print(re.findall(r'(?i)s', 'sS\u017f'), re.findall(r'(?i)[r-t]', 'S\u017f'))
print(re.findall(r'(?i)\u00df', '\u00df\u1e9e'), re.findall(r'(?i)\u03c3', '\u03a3\u03c3\u03c2'))
print(re.findall(r'(?i)\u0130', 'i\u0130\u0131I'), re.findall(r'(?i)i', 'i\u0130\u0131I'))
print(re.findall(r'(?ia)k', 'kK\u212a'), re.findall(r'(?i)[^a-f]', 'AfF9'))
print(re.fullmatch(r'(?i)stra\u00dfe', 'STRA\u00dfE') is not None, re.fullmatch(r'(?i)(\w+) \1', '\u00c9T\u00c9 \u00e9t\u00e9') is not None)
print(re.findall(r'(?i)[\U0001d400-\U0001d402]', '\U0001d400\U0001d41a'))
print(re.findall(r'(?i)\U00010400', '\U00010400\U00010428'))

# Astral characters: positions and slices count code points.
emoji = 'a\U0001f600b\U0001f601\U0001f602c'
print([m.span() for m in re.finditer(r'[\U0001f600-\U0001f64f]', emoji)])
print(re.sub(r'.', lambda m: f'<{ord(m.group()):x}>', emoji))
print(re.split(r'\U0001f601', emoji), re.findall(r'..', emoji))
m = re.search(r'b(.)(.)', emoji)
print(m.span(), m.span(1), m.group(2), m.start(2), m.end(2), repr(m))
print(re.compile(r'\U0001f600').search(emoji, 2), re.compile(r'c').search(emoji, 5).span())
print(re.escape('\U0001f600.'), re.fullmatch(r'\U0001f600{2}', '\U0001f600\U0001f600').span())
lone = 'x\ud800y'
print(re.findall(r'[\ud800-\udfff]', lone), re.search(r'y', lone).span())
