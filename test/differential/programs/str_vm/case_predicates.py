# Case mapping and the is...() predicates, ASCII and beyond.

samples = ['hello World', 'ß straße', 'ǅungla ǆ', "they're bill's", 'ΣΊΣΥΦΟΣ ὈΔΥΣΣΕΎΣ', 'İstanbul', 'ﬁne ŉ',
           '123abc DEF', '', 'ǈ', 'Σ', 'aΣ b', '𐐨𐐀']
for s in samples:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))

checks = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
          'isprintable', 'isspace', 'istitle', 'isupper']
values = ['123', '١٢٣', '²', '⅕', '12a', '', 'a_1', '1a', 'class', ' \t', 'Title Case', 'UPPER', 'lower',
          'ŝ', '\x00', '\u200b', '😀', 'ǅ', 'MiXed', 'Ⅻ', '_', 'x\n']
for v in values:
    print(repr(v), ''.join('1' if getattr(v, name)() else '0' for name in checks))

for name in ['upper', 'isalpha', 'title']:
    try:
        getattr('a', name)(1)
    except TypeError as e:
        print(e)
try:
    'a'.lower(x=1)
except TypeError as e:
    print(e)
