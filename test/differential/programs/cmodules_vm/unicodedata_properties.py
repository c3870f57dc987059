# unicodedata: names both ways, the per-character properties, numeric values,
# decompositions, normalization (including characters Unicode 14 does not have yet)
# and the 3.2.0 database of ucd_3_2_0.
import unicodedata as ud


def attempt(fn, *args):
    try:
        return repr(fn(*args))
    except Exception as error:
        return f'{type(error).__name__}: {error}'


print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, type(ud.ucd_3_2_0).__name__, ud.UCD.__name__)
text = 'Aé½ ٣Ⅻ€\u0301가中😀\t'
for ch in text:
    print(f'U+{ord(ch):04X}', ud.name(ch, '-'), ud.category(ch), repr(ud.bidirectional(ch)), ud.combining(ch),
          ud.mirrored(ch), ud.east_asian_width(ch), repr(ud.decomposition(ch)),
          ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))

for name in ['LATIN SMALL LETTER A', 'latin capital letter eth', 'EURO SIGN', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E2D',
             'LATIN SMALL LETTER GHA', 'SNOWMAN', b'DIGIT SEVEN', 'hangul syllable ga', 'NOT A NAME', 'X' * 300, 5]:
    print(repr(name)[:40], attempt(ud.lookup, name))
print(ud.name('\uac01'), ud.name('\ud7a3'), ud.name('\U00020001'), ud.name('\U0002a6df'), ud.name('\U00017000', 'no name: Tangut ideographs are unnamed in 3.11'))
print(attempt(ud.name, '\x00'), attempt(ud.name, '\ue000'), ud.name('\x00', None), attempt(ud.name, 'ab'), attempt(ud.name, 7))

for ch in '7²⅞௰万𒐲\u0f33x':
    print(f'U+{ord(ch):04X}', attempt(ud.decimal, ch), attempt(ud.digit, ch), attempt(ud.numeric, ch))

for ch in '\u00c5\ufb01\u2460\u1e9b\uac00\U0002f868\u0041':
    print(f'U+{ord(ch):04X}', repr(ud.decomposition(ch)))

samples = ['e\u0301', '\u1e9b\u0323', 'ﬁ①Ⅻ', '\uac00\u11a8', 'Å\u0327', 'x\u0323\u0307', '\U000105d2\u0307', 'a\ud800\u0301', '\u00bd\u2044']
for sample in samples:
    forms = {form: ud.normalize(form, sample) for form in ('NFC', 'NFD', 'NFKC', 'NFKD')}
    print(ascii(sample), {form: ascii(value) for form, value in forms.items()},
          [ud.is_normalized(form, sample) for form in forms])
print(attempt(ud.normalize, 'NFX', 'a'), attempt(ud.normalize, 1, 'a'), attempt(ud.normalize, 'NFC', 1),
      attempt(ud.is_normalized, 'bad', 'a'), attempt(ud.normalize, 'NFC'))

# Argument checks.
print(attempt(ud.category, 'ab'), attempt(ud.category, ''), attempt(ud.combining, 1), attempt(ud.category),
      attempt(ud.decimal), attempt(ud.decimal, 'a', 1, 2), attempt(ud.lookup))

# The 3.2.0 database: characters added later are unassigned there.
old = ud.ucd_3_2_0
for ch in '\u0221\u20b9\U0001f600a\u00e9':
    print(f'U+{ord(ch):04X}', old.category(ch), ud.category(ch), repr(old.bidirectional(ch)), old.east_asian_width(ch),
          attempt(old.name, ch), old.decomposition(ch) == ud.decomposition(ch))
print(attempt(old.lookup, 'LATIN SMALL LETTER A'), attempt(old.lookup, 'GRINNING FACE'), attempt(old.lookup, 'LATIN SMALL LETTER GHA'),
      old.normalize('NFKD', 'ﬁ'), attempt(ud.UCD))

# Tallies over whole blocks.
from collections import Counter
print(Counter(ud.category(chr(c)) for c in range(0x0370, 0x0400)).most_common(4))
print(sum(ud.combining(chr(c)) for c in range(0x0300, 0x0370)), sum(1 for c in range(0x2000, 0x2100) if ud.mirrored(chr(c))))
print(Counter(ud.east_asian_width(chr(c)) for c in range(0x3000, 0x3100)))
