# Predicates isdigit/isdecimal/isnumeric/isidentifier/isprintable on mixed strings.
for s in ['123', '١٢٣', '²', '⅕', '12a', '', 'a_1', '1a', 'class', ' x', 'tab\t', 'ŝ']:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isalnum())
print('Ⅷ'.isnumeric(), 'Ⅷ'.isdigit(), 'Ⅷ'.isalpha(), '𝟙'.isdecimal())
print('_private'.isidentifier(), 'été'.isidentifier(), 'a-b'.isidentifier(), '\u00a0'.isspace())
print('\x1f'.isprintable(), '\u00ad'.isprintable(), ' '.isprintable())
